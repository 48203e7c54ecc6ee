package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.places.Place;
import java.util.List;
import java.util.Objects;

/**
 * The geographic scope of a decision or the place of an event: free text as written ("inside Russia", "the
 * Kharkiv border area", "no geographic limits") and the gazetteer places it names, when resolved.
 *
 * @param span character span (UTF-16 offsets) of the text in the article's canonical text; null for scopes
 *     not written as one phrase
 * @param places resolved places named inside the text; empty without a gazetteer
 */
public record Area(String text, List<Place> places, Span span) {
  public Area {
    Objects.requireNonNull(text, "text");
    places = List.copyOf(places);
  }
}
