package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.places.Place;

/**
 * One toponym as a system resolved it, for the {@code --out} TSV.
 *
 * @param place null when the system found no candidate
 * @param goldId the gold GeoNames id, 0 when none (or the toponym is not in the gold set)
 * @param errorKm distance to the gold point, NaN when there is no gold point
 */
public record Resolved(String system, String docId, Span span, String text, Place place, long goldId,
    double errorKm) {

  static final String TSV_HEADER = "system\tdoc\tstart\tend\ttoponym\tgeonameid\tlat\tlon\tgold_geonameid\terror_km";

  String tsv() {
    String where = place == null ? "\t\t" : place.geonameId() + "\t" + place.latitude() + "\t" + place.longitude();
    return String.join("\t", system, docId, String.valueOf(span.start()), String.valueOf(span.end()),
        text.replaceAll("\\s+", " "), where, goldId == 0 ? "" : String.valueOf(goldId),
        Double.isNaN(errorKm) ? "" : String.format(java.util.Locale.ROOT, "%.1f", errorKm));
  }
}
