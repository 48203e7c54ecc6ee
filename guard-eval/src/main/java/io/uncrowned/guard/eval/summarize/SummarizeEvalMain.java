package io.uncrowned.guard.eval.summarize;

import io.uncrowned.guard.brief.BriefSettings;
import io.uncrowned.guard.brief.ExtractiveSummarizer;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command-line entry for the summarisation evaluation and its weight search:
 * {@code [--dataset FILE] [--limit N] [--out FILE] [--tune]}. {@code --tune} searches the weights on the even
 * rows only and prints the best settings with their held-out scores.
 */
public final class SummarizeEvalMain {
  private SummarizeEvalMain() {}

  public static void main(String[] args) {
    Path dataset = SummaryDataset.defaultLocation();
    Path out = null;
    int limit = 0;
    boolean tune = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dataset" -> dataset = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--tune" -> tune = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    SummaryDataset.Read read = SummaryDataset.read(dataset, limit);
    read.problems().forEach(p -> System.err.println("skipped " + p));
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
      if (tune) {
        tune(read.docs(), new CachingEmbedder(embedder));
        return;
      }
      SummarizeReport report = new SummarizeEvaluation(new ExtractiveSummarizer(embedder, BriefSettings.DEFAULT))
          .run(read.docs());
      System.out.print(report.table());
      if (out != null) {
        report.writeOurs(out);
      }
    }
  }

  private static void tune(List<SummaryDoc> docs, CachingEmbedder embedder) {
    double best = -1;
    for (double position : new double[] {0.5, 1, 1.5, 2, 3}) {
      for (double decay : new double[] {0.5, 1, 1.5, 2, 3}) {
        for (double coverage : new double[] {0, 0.25, 0.5, 1}) {
          for (double lambda : new double[] {0.6, 0.7, 0.8, 0.9}) {
            BriefSettings s = new BriefSettings(1, position, decay, coverage, 0, lambda, 0.85, 60, 3, 3, 5);
            SummarizeEvaluation eval = new SummarizeEvaluation(new ExtractiveSummarizer(embedder, s));
            RougeScores even = eval.oursMean(docs, 0);
            double objective = even.rouge1() + even.rougeL();
            if (objective > best) {
              best = objective;
              RougeScores odd = eval.oursMean(docs, 1);
              System.out.printf(Locale.ROOT, "%s%n  tuning %.2f/%.2f/%.2f, held-out %.2f/%.2f/%.2f%n", s,
                  100 * even.rouge1(), 100 * even.rouge2(), 100 * even.rougeL(), 100 * odd.rouge1(),
                  100 * odd.rouge2(), 100 * odd.rougeL());
            }
          }
        }
      }
    }
  }
}
