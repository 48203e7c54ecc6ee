package io.uncrowned.guard.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed and pairwise precision, recall and F1 of a clustering against gold clusters, over the documents both
 * know.
 */
public record ClusterScores(
    double b3Precision, double b3Recall, double b3F1, double pairPrecision, double pairRecall, double pairF1,
    int clusters, int goldClusters) {

  /** Scores {@code predicted} (document to cluster) against {@code gold} (document to gold cluster). */
  public static ClusterScores of(Map<String, String> predicted, Map<String, String> gold) {
    List<String> docs = predicted.keySet().stream().filter(gold::containsKey).sorted().toList();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String d : docs) {
      predSize.merge(predicted.get(d), 1, Integer::sum);
      goldSize.merge(gold.get(d), 1, Integer::sum);
      both.merge(predicted.get(d) + "\u0000" + gold.get(d), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String d : docs) {
      int shared = both.get(predicted.get(d) + "\u0000" + gold.get(d));
      p += shared / (double) predSize.get(predicted.get(d));
      r += shared / (double) goldSize.get(gold.get(d));
    }
    int n = Math.max(1, docs.size());
    double truePairs = both.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double predPairs = predSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double goldPairs = goldSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double pp = predPairs == 0 ? 1 : truePairs / predPairs;
    double pr = goldPairs == 0 ? 1 : truePairs / goldPairs;
    return new ClusterScores(p / n, r / n, f1(p / n, r / n), pp, pr, f1(pp, pr), predSize.size(), goldSize.size());
  }

  /** The field-by-field mean of {@code runs} (cluster counts rounded), e.g. over several arrival orders. */
  public static ClusterScores mean(List<ClusterScores> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs to average");
    }
    double n = runs.size();
    return new ClusterScores(
        runs.stream().mapToDouble(ClusterScores::b3Precision).sum() / n,
        runs.stream().mapToDouble(ClusterScores::b3Recall).sum() / n,
        runs.stream().mapToDouble(ClusterScores::b3F1).sum() / n,
        runs.stream().mapToDouble(ClusterScores::pairPrecision).sum() / n,
        runs.stream().mapToDouble(ClusterScores::pairRecall).sum() / n,
        runs.stream().mapToDouble(ClusterScores::pairF1).sum() / n,
        (int) Math.round(runs.stream().mapToInt(ClusterScores::clusters).sum() / n),
        runs.get(0).goldClusters());
  }

  private static double pairs(int size) {
    return size * (size - 1) / 2.0;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
