package io.uncrowned.guard.eval.summarize;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE F1 per system per row, with the means over all rows and over the tuning (even rows) and held-out (odd
 * rows) halves. A system missing from some rows is averaged over the rows that have it.
 */
public record SummarizeReport(List<SummaryDoc> docs, List<String> ours, Map<String, List<RougeScores>> bySystem) {
  public SummarizeReport {
    docs = List.copyOf(docs);
    ours = List.copyOf(ours);
    bySystem = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySystem));
  }

  /** Mean F1 of {@code system} over rows whose position satisfies {@code parity} (-1 = all, 0 even, 1 odd). */
  public RougeScores mean(String system, int parity) {
    List<RougeScores> rows = bySystem.get(system);
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    int n = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (parity < 0 || i % 2 == parity) {
        r1 += rows.get(i).rouge1();
        r2 += rows.get(i).rouge2();
        rl += rows.get(i).rougeL();
        n++;
      }
    }
    return n == 0 ? RougeScores.ZERO : new RougeScores(r1 / n, r2 / n, rl / n);
  }

  /** Mean words of our summaries. */
  public double oursMeanWords() {
    return ours.stream().mapToInt(s -> Rouge.tokens(s).size()).average().orElse(0);
  }

  /** The side-by-side table: all rows, then ours and the two lead baselines on each half. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d documents; ROUGE F1 ×100 (lower-case alphanumeric tokens, no stemming,"
        + " ROUGE-L whole-summary LCS, mean over references)%n", docs.size()));
    b.append(String.format(Locale.ROOT, "%-28s %7s %7s %7s%n", "system", "R-1", "R-2", "R-L"));
    bySystem.keySet().forEach(s -> row(b, s, mean(s, -1)));
    for (int parity = 0; parity < 2; parity++) {
      b.append(parity == 0 ? "tuning half (even rows):\n" : "held-out half (odd rows):\n");
      row(b, SummarizeEvaluation.OURS, mean(SummarizeEvaluation.OURS, parity));
      row(b, SummarizeEvaluation.LEAD3, mean(SummarizeEvaluation.LEAD3, parity));
      row(b, SummarizeEvaluation.LEAD_IN_BUDGET, mean(SummarizeEvaluation.LEAD_IN_BUDGET, parity));
    }
    b.append(String.format(Locale.ROOT, "our TL;DR: %.1f words on average%n", oursMeanWords()));
    return b.toString();
  }

  private static void row(StringBuilder b, String system, RougeScores s) {
    b.append(String.format(Locale.ROOT, "%-28s %7.2f %7.2f %7.2f%n", system, 100 * s.rouge1(), 100 * s.rouge2(),
        100 * s.rougeL()));
  }

  /** Writes our summaries as {@code {"doc_id":…,"summary":…}} lines. */
  public void writeOurs(Path file) {
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs.size(); i++) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("doc_id", docs.get(i).docId());
        row.put("summary", ours.get(i));
        w.write(json.writeValueAsString(row));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
