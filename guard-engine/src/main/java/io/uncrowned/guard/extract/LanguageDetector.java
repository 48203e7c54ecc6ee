package io.uncrowned.guard.extract;

import io.uncrowned.guard.article.Lang;

/** Tells the language of a text. Thread-safe. */
public interface LanguageDetector {
  /** The most likely language, or {@link Lang#UNDETERMINED} when the text is too short or unclear. */
  Lang detect(String text);
}
