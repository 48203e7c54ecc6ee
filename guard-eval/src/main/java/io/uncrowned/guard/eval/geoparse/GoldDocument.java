package io.uncrowned.guard.eval.geoparse;

import java.util.List;
import java.util.Objects;

/**
 * One document of a geoparsing corpus with its annotated toponyms, in text order.
 *
 * @param position the document's 0-based position in the corpus file (even ones are the tuning half)
 */
public record GoldDocument(String id, int position, String text, List<GoldToponym> toponyms) {
  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
  }

  /** The tuning half (even positions) or the held-out half (odd positions). */
  public boolean isTuning() {
    return position % 2 == 0;
  }
}
