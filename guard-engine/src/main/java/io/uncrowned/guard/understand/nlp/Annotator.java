package io.uncrowned.guard.understand.nlp;

import io.uncrowned.guard.article.Lang;

/**
 * The NLP engine: loaded once per process, thread-safe in use. Spans index the given text.
 *
 * @see UnsupportedLanguageException for texts in a language the engine has no model for
 */
public interface Annotator {
  AnnotatedText annotate(String text, Lang language);

  /** True when the engine has models for this language. */
  boolean supports(Lang language);
}
