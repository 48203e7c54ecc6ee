package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * A toponym in the text resolved to a gazetteer entry.
 *
 * @param span character span of the toponym in the article's canonical text
 * @param confidence the resolver's confidence in [0, 1]
 */
public record PlaceMention(Span span, String text, Place place, double confidence) {
  public PlaceMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(place, "place");
  }
}
