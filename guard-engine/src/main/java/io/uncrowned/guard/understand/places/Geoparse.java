package io.uncrowned.guard.understand.places;

import java.util.List;
import java.util.Objects;

/**
 * What the geoparser found in one text.
 *
 * @param mentions resolved toponyms in text order; spans are UTF-16 offsets into the parsed text
 * @param focus the countries and places the text is mainly about
 */
public record Geoparse(List<PlaceMention> mentions, PlaceFocus focus) {
  public Geoparse {
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(focus, "focus");
  }
}
