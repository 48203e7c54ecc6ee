package io.uncrowned.guard.understand.nlp;

import io.uncrowned.guard.article.Lang;

/** The text is in a language the engine has no model for; the article is stored "not analysed". */
public class UnsupportedLanguageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Lang language;

  public UnsupportedLanguageException(Lang language) {
    super("not analysed: language " + language);
    this.language = language;
  }

  public Lang language() {
    return language;
  }
}
