package io.uncrowned.guard.eval.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of one evaluation: a row per system, sorted by F1 (best first), and our own predictions.
 *
 * @param pages how many pages were scored
 * @param rows one per system, best F1 first
 * @param predictions our article bodies by page id, to write in the benchmark's shape
 */
public record Report(int pages, List<Row> rows, Map<String, String> predictions) {
  public Report {
    rows = rows.stream()
        .sorted(Comparator.comparingDouble((Row r) -> r.all().f1()).reversed().thenComparing(Row::name))
        .toList();
    predictions = Map.copyOf(predictions);
  }

  /**
   * One system's scores on all pages and on the two halves of the sorted ids (even and odd positions; we
   * tune on the even half and check on the odd one).
   *
   * @param origin "in-process" for systems run now, "published" for the dataset's {@code output/} files
   * @param failures pages on which the system threw, scored as empty predictions
   */
  public record Row(String name, String origin, Scores all, Scores even, Scores odd, int failures) {}

  /** The row of the named system. */
  public Row expect(String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row named " + name));
  }

  /** The table as printed by {@code guard eval extraction}. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "article-extraction benchmark, %d pages, 4-shingle metric%n", pages));
    sb.append(String.format(Locale.ROOT, "%-22s %-10s %9s %9s %9s   %8s %8s %s%n",
        "system", "origin", "precision", "recall", "F1", "F1 even", "F1 odd", "failures"));
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "%-22s %-10s %9.3f %9.3f %9.3f   %8.3f %8.3f %s%n",
          r.name(), r.origin(), r.all().precision(), r.all().recall(), r.all().f1(),
          r.even().f1(), r.odd().f1(), r.failures() == 0 ? "" : String.valueOf(r.failures())));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return table();
  }
}
