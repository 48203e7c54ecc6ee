package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * A toponym annotated in a geoparsing corpus.
 *
 * @param span character offsets into the document's text
 * @param geonameId the gold GeoNames id, 0 when the annotators gave none
 * @param latitude gold point in degrees, NaN when none
 * @param longitude gold point in degrees, NaN when none
 */
public record GoldToponym(Span span, String text, long geonameId, double latitude, double longitude) {
  public GoldToponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  /** True when the toponym has a gold point, so its resolution can be scored. */
  public boolean hasPoint() {
    return !Double.isNaN(latitude) && !Double.isNaN(longitude);
  }
}
