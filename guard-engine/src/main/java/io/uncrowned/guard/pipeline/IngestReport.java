package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.article.Problem;
import java.util.List;

/**
 * Totals of one ingest run. {@code problems} holds the first {@link #MAX_PROBLEMS} problems; {@code failed}
 * counts all of them.
 */
public record IngestReport(
    long ingested, long updated, long unchanged, long duplicates, long failed, List<Problem> problems) {
  public static final int MAX_PROBLEMS = 1000;

  public IngestReport {
    problems = List.copyOf(problems);
  }

  /** The final line users see: "N ingested, N duplicates, N failed" (and what else happened). */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(ingested).append(" ingested, ").append(duplicates).append(" duplicates, ").append(failed)
        .append(" failed");
    if (updated > 0 || unchanged > 0) {
      s.append(" (").append(updated).append(" updated, ").append(unchanged).append(" unchanged)");
    }
    return s.toString();
  }

  public boolean nothingFailed() {
    return failed == 0;
  }
}
