package io.uncrowned.guard.eval.summarize;

import io.uncrowned.guard.brief.BriefSettings;
import io.uncrowned.guard.brief.ExtractiveSummarizer;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Command-line entry for the summarisation evaluation and its weight search:
 * {@code [--dataset FILE]... [--limit N] [--out FILE] [--tune]}. {@code --tune} searches the weights on the even
 * rows of every data set given and prints each better setting with its held-out scores.
 */
public final class SummarizeEvalMain {
  private SummarizeEvalMain() {}

  public static void main(String[] args) {
    List<Path> datasets = new ArrayList<>();
    Path out = null;
    int limit = 0;
    boolean tune = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dataset" -> datasets.add(Path.of(args[++i]));
        case "--out" -> out = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--tune" -> tune = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (datasets.isEmpty()) {
      datasets.add(SummaryDataset.defaultLocation());
    }
    if (out != null && datasets.size() > 1) {
      throw new IllegalArgumentException("--out takes one --dataset: each set's summaries would overwrite the last");
    }
    Map<Path, List<SummaryDoc>> docs = new LinkedHashMap<>();
    for (Path dataset : datasets) {
      SummaryDataset.Read read = SummaryDataset.read(dataset, limit);
      read.problems().forEach(p -> System.err.println("skipped " + p));
      docs.put(dataset, read.docs());
    }
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
      if (tune) {
        tune(docs, new CachingEmbedder(embedder));
        return;
      }
      for (List<SummaryDoc> rows : docs.values()) {
        SummarizeReport report = new SummarizeEvaluation(new ExtractiveSummarizer(embedder, BriefSettings.DEFAULT))
            .run(rows);
        System.out.print(report.table());
        if (out != null) {
          report.writeOurs(out);
        }
      }
    }
  }

  /**
   * Grid search over the weights with the conditions bonus the product ships (1.0). The objective is the mean
   * over the data sets of ROUGE-1 + ROUGE-L on their even rows, so no one data set's style decides alone; the
   * odd rows are only printed.
   */
  private static void tune(Map<Path, List<SummaryDoc>> docs, CachingEmbedder embedder) {
    double best = -1;
    for (double position : new double[] {2, 3, 4, 6}) {
      for (double decay : new double[] {1, 3, 5, 8}) {
        for (double coverage : new double[] {0, 0.5, 1}) {
          for (double[] lambdaShare : grid(new double[] {0.6, 0.8}, new double[] {0.5, 0.6, 0.7})) {
            BriefSettings s = new BriefSettings(1, position, decay, coverage, 1.0, lambdaShare[0], 0.85, 60, 3, 3, 5,
                lambdaShare[1]);
            SummarizeEvaluation eval = new SummarizeEvaluation(new ExtractiveSummarizer(embedder, s));
            double objective = 0;
            StringBuilder line = new StringBuilder(s.toString());
            for (Map.Entry<Path, List<SummaryDoc>> e : docs.entrySet()) {
              RougeScores even = eval.oursMean(e.getValue(), 0);
              objective += (even.rouge1() + even.rougeL()) / docs.size();
              line.append(String.format(Locale.ROOT, "%n  %s tuning %.2f/%.2f/%.2f", e.getKey().getFileName(),
                  100 * even.rouge1(), 100 * even.rouge2(), 100 * even.rougeL()));
            }
            if (objective > best) {
              best = objective;
              for (Map.Entry<Path, List<SummaryDoc>> e : docs.entrySet()) {
                RougeScores odd = eval.oursMean(e.getValue(), 1);
                line.append(String.format(Locale.ROOT, "%n  %s held-out %.2f/%.2f/%.2f", e.getKey().getFileName(),
                    100 * odd.rouge1(), 100 * odd.rouge2(), 100 * odd.rougeL()));
              }
              System.out.println(line);
            }
          }
        }
      }
    }
  }

  private static List<double[]> grid(double[] a, double[] b) {
    List<double[]> out = new ArrayList<>();
    for (double x : a) {
      for (double y : b) {
        out.add(new double[] {x, y});
      }
    }
    return out;
  }
}
