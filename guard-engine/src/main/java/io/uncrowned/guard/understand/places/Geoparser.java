package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.Lang;

/** The places stage: finds the toponyms of a text and resolves them to gazetteer entries. Thread-safe. */
public interface Geoparser {
  /** The resolved toponyms of {@code text} and the text's focus; spans index {@code text}. */
  Geoparse parse(String text, Lang language);

  /** A geoparser that recognises with {@code recognizer} and resolves with {@code resolver}. */
  static Geoparser of(ToponymRecognizer recognizer, ToponymResolver resolver) {
    return new TwoStepGeoparser(recognizer, resolver);
  }
}
