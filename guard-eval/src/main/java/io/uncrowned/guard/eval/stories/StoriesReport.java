package io.uncrowned.guard.eval.stories;

import io.uncrowned.guard.stories.StoryWeights;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one evaluation run.
 *
 * @param weights our weights as tuned on the tuning half
 * @param tfidfThreshold the baseline's threshold as tuned on the tuning half
 * @param predictions our cluster of every document of the whole run
 */
public record StoriesReport(List<Row> rows, StoryWeights weights, double tfidfThreshold,
    Map<String, String> predictions) {

  /** One system on one split. */
  public record Row(String split, int documents, String system, ClusterScores scores) {}

  public String table() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%-14s %5s %-7s %6s %6s %6s   %6s %6s %6s  %8s %5s%n", "split", "docs",
        "system", "B3-P", "B3-R", "B3-F1", "pair-P", "pair-R", "pair-F1", "clusters", "gold"));
    for (Row r : rows) {
      ClusterScores c = r.scores();
      s.append(String.format(Locale.ROOT, "%-14s %5d %-7s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f  %8d %5d%n",
          r.split(), r.documents(), r.system(), c.b3Precision(), c.b3Recall(), c.b3F1(), c.pairPrecision(),
          c.pairRecall(), c.pairF1(), c.clusters(), c.goldClusters()));
    }
    s.append(String.format(Locale.ROOT,
        "tuned on the tuning half: ours embedding %.2f, lexical %.2f, entities %.2f, places %.2f, events %.2f, keywords %.2f,"
            + " threshold %.3f; tf-idf threshold %.3f%n",
        weights.embedding(), weights.lexical(), weights.entities(), weights.places(), weights.events(), weights.keywords(),
        weights.threshold(), tfidfThreshold));
    return s.toString();
  }

  /** Writes {@code doc<TAB>cluster}, one line per document. */
  public void writePredictions(Path out) {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (var e : predictions.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write predictions", e);
    }
  }
}
