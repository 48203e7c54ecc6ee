package io.uncrowned.guard.cli;

import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.eval.stories.SignalCache;
import io.uncrowned.guard.eval.stories.StoriesEvaluation;
import io.uncrowned.guard.eval.stories.StoriesReport;
import io.uncrowned.guard.eval.stories.StoryDataset;
import io.uncrowned.guard.eval.stories.StoryDoc;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.stories.SignalReader;
import io.uncrowned.guard.understand.Understander;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard eval stories}: our story clustering against gold sub-topics, beside a TF-IDF-only baseline. */
@Command(
    name = "stories",
    description = "B-cubed and pairwise P/R/F1 of our online story clustering and a TF-IDF single-pass baseline"
        + " on ECB+ sub-topics (or a JSONL of {id, title, text, published, gold}); tuned on half the topics.")
final class EvalStoriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--dataset", paramLabel = "DIR|FILE", description = "Default: ../shared/data/stories (ECB+).")
  Path dataset;

  @Option(names = "--out", paramLabel = "FILE", description = "Write our clusters as doc<TAB>cluster.")
  Path out;

  @Option(names = "--cache", paramLabel = "FILE", description = "Keep each document's signals here between runs.")
  Path cache;

  @Option(names = "--seed", defaultValue = "5", description = "Arrival order of undated documents (default 5).")
  long seed;

  @Option(names = "--orders", defaultValue = "1", paramLabel = "N",
      description = "Average the default and tf-idf rows over N arrival orders (seeds SEED..SEED+N-1; default 1).")
  int orders;

  /** Loads the NLP models only when a document is missing from the cache (seconds saved on every re-run). */
  private static final class LazyUnderstander implements Understander {
    private final java.util.function.Supplier<Understander> load;
    private Understander loaded;

    LazyUnderstander(java.util.function.Supplier<Understander> load) {
      this.load = load;
    }

    @Override
    public synchronized io.uncrowned.guard.understand.Understanding understand(
        io.uncrowned.guard.article.Article article) {
      if (loaded == null) {
        loaded = load.get();
      }
      return loaded.understand(article);
    }

    @Override
    public synchronized void close() {
      if (loaded != null) {
        loaded.close();
      }
    }
  }

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path location = dataset != null ? dataset : StoryDataset.defaultLocation();
    if (!Files.exists(location)) {
      err.println("error: " + location + ": data set not found (pass --dataset DIR|FILE)");
      return 1;
    }
    List<StoryDoc> docs = StoryDataset.read(location);
    GuardSettings settings = data.settings();
    try (LazyUnderstander understander = new LazyUnderstander(() -> Engines.understander(settings));
        MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
      StoriesReport report = new StoriesEvaluation(understander, new SignalReader(embedder), seed, orders)
          .run(docs, SignalCache.at(cache), line -> {
            err.println(line);
            err.flush();
          });
      o.print(report.table());
      if (orders > 1) {
        o.println("default and tf-idf rows: mean over " + orders + " arrival orders (seeds " + seed + ".."
            + (seed + orders - 1) + "); ours: seed " + seed);
      }
      if (out != null) {
        report.writePredictions(out);
        o.println("wrote our clusters to " + out);
      }
      o.flush();
    }
    return 0;
  }
}
