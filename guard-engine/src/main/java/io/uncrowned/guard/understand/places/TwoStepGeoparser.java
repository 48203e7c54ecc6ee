package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.Lang;
import java.util.List;
import java.util.Objects;

/** Recognition, then resolution, then the focus of the resolved places. */
final class TwoStepGeoparser implements Geoparser {
  private final ToponymRecognizer recognizer;
  private final ToponymResolver resolver;

  TwoStepGeoparser(ToponymRecognizer recognizer, ToponymResolver resolver) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  @Override
  public Geoparse parse(String text, Lang language) {
    List<PlaceMention> mentions = resolver.resolve(text, recognizer.recognize(text, language));
    return new Geoparse(mentions, PlaceFocus.of(mentions));
  }
}
