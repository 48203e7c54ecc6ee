package io.uncrowned.guard.eval.geoparse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of one geoparsing evaluation: error figures per system on the whole corpus and on its two
 * halves (tuning = even documents, held out = odd), recognition scores when run end to end, and how much
 * the gazetteer itself allows.
 *
 * @param recognition toponym recognition scores, empty when gold toponyms were given
 * @param resolved every toponym as each system resolved it, for {@code --out}
 */
public record Report(String corpus, boolean goldToponyms, int documents, List<Row> rows,
    Optional<SpanScores> recognition, Coverage coverage, List<Resolved> resolved, double seconds) {
  public Report {
    rows = List.copyOf(rows);
    resolved = List.copyOf(resolved);
  }

  /**
   * One system's figures.
   *
   * @param msPerDocument wall-clock resolution time per document (gazetteer look-ups included), one thread
   */
  public record Row(String system, ErrorStats all, ErrorStats tuning, ErrorStats heldOut, double msPerDocument) {}

  /**
   * What the gazetteer allows on the scored toponyms.
   *
   * @param goldIds scored toponyms with a gold GeoNames id
   * @param idsMissing of those, ids the gazetteer does not hold at all
   * @param idsNotCandidate of those, ids the gazetteer holds but does not offer as a candidate for the name
   * @param oracle161 share of scored toponyms with some candidate within 161 km: the ceiling of acc@161
   */
  public record Coverage(int goldIds, int idsMissing, int idsNotCandidate, double oracle161) {}

  /** The row of the named system. */
  public Row expect(String system) {
    return rows.stream().filter(r -> r.system().equals(system)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row named " + system));
  }

  /** The table printed by {@code guard eval geoparse}. */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "geoparse %s, %d documents, %s, %.1f s (GeoNames data, CC BY 4.0)%n", corpus, documents,
        goldToponyms ? "gold toponyms" : "end to end", seconds));
    sb.append(String.format(Locale.ROOT, "%-12s %6s %8s %9s %9s %6s   %9s %9s %8s%n", "system", "n", "acc@161",
        "mean km", "median km", "AUC", "acc tune", "acc held", "ms/doc"));
    for (Row r : rows) {
      ErrorStats a = r.all();
      sb.append(String.format(Locale.ROOT, "%-12s %6d %8.3f %9.0f %9.1f %6.3f   %9.3f %9.3f %8.2f%n", r.system(),
          a.count(), a.accuracy161(), a.meanKm(), a.medianKm(), a.auc(), r.tuning().accuracy161(),
          r.heldOut().accuracy161(), r.msPerDocument()));
    }
    recognition.ifPresent(s -> sb.append(String.format(Locale.ROOT,
        "recognition exact   P %.3f R %.3f F1 %.3f; partial (overlap) P %.3f R %.3f F1 %.3f%n",
        s.exact().precision(), s.exact().recall(), s.exact().f1(), s.partial().precision(),
        s.partial().recall(), s.partial().f1())));
    sb.append(String.format(Locale.ROOT,
        "gazetteer: %d gold ids, %d not in the gazetteer, %d not offered as candidates; ceiling acc@161 %.3f%n",
        coverage.goldIds(), coverage.idsMissing(), coverage.idsNotCandidate(), coverage.oracle161()));
    return sb.toString();
  }

  @Override
  public String toString() {
    return table();
  }
}
