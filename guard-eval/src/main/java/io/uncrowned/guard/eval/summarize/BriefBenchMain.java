package io.uncrowned.guard.eval.summarize;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.brief.BriefSettings;
import io.uncrowned.guard.brief.ExtractiveSummarizer;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.eval.bench.BriefBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Brief time per article on the Newsroom articles of 600–1000 words: {@code [--threads N] [--passes N]
 * [--dataset FILE]}. The embedder runs one ONNX thread per call, so articles run in parallel.
 */
public final class BriefBenchMain {
  private BriefBenchMain() {}

  public static void main(String[] args) {
    Path dataset = SummaryDataset.defaultLocation().resolveSibling("Newsroom.jsonl");
    int threads = 2;
    int passes = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--dataset" -> dataset = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (!Files.isRegularFile(dataset)) {
      System.err.println("error: " + dataset + ": data set not found (pass --dataset FILE)");
      System.exit(1);
    }
    List<Article> articles = typicalArticles(SummaryDataset.read(dataset, 0).docs());
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(1)) {
      BriefBench.Result r =
          new BriefBench(new ExtractiveSummarizer(embedder, BriefSettings.DEFAULT), threads).measure(articles, passes);
      System.out.printf(Locale.ROOT, "%d articles of 600-1000 words x %d passes on %d threads: %.1f ms/article wall,"
          + " %.1f CPU ms/article, %.1f articles/s%n", articles.size(), passes, threads, r.millisPerArticle(),
          r.cpuMillisPerArticle(), r.perSecond());
    }
  }

  /** The rows whose source holds 600 to 1000 words, as articles. */
  static List<Article> typicalArticles(List<SummaryDoc> docs) {
    return docs.stream()
        .filter(d -> {
          int words = Rouge.tokens(d.source()).size();
          return words >= 600 && words <= 1000;
        })
        .map(SummarizeEvaluation::article)
        .toList();
  }
}
