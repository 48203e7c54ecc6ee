/**
 * The NLP engine behind one small interface: tokens, sentences, POS, lemmas and named entities.
 *
 * <p>Entry point: {@code Annotator annotator = CoreNlpAnnotator.fast();} once per process (Stanford CoreNLP
 * with its English models, about 1 GB of heap at work), then {@code annotator.annotate(article.text(),
 * article.language())} from any thread. Texts in other languages raise {@link
 * io.uncrowned.guard.understand.nlp.UnsupportedLanguageException}: store the article "not analysed".
 */
package io.uncrowned.guard.understand.nlp;
