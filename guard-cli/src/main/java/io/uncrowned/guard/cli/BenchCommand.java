package io.uncrowned.guard.cli;

import io.uncrowned.guard.eval.bench.IngestBench;
import io.uncrowned.guard.eval.bench.UnderstandBench;
import io.uncrowned.guard.understand.nlp.CoreNlpProfile;
import io.uncrowned.guard.eval.extraction.ExtractionSpeedBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard bench …}: throughput and memory benchmarks. */
@Command(
    name = "bench",
    description = "Benchmarks: throughput and peak memory.",
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Understand.class, ServeBenchCommand.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code guard bench ingest}. */
  @Command(
      name = "ingest",
      description = "Pages/s of extraction alone (ours vs readability4j on the same pages) and of the whole"
          + " ingest, on the sample corpus grown to --docs pages; peak heap.")
  static final class Ingest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--docs", defaultValue = "10000", description = "Pages to generate (default 10000).")
    int docs;

    @Option(names = "--threads", description = "Threads for extraction and ingest (default: cores).")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds of the ours-vs-readability4j run.")
    int rounds;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Seed corpus (default: the bundled samples).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary one, removed after).")
    Path work;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      Path seed = corpus != null ? corpus : DemoCommand.defaultCorpus();
      Path dir = work != null ? work : Files.createTempDirectory("guard-bench");
      try {
        IngestBench bench = new IngestBench(Engines.collector(io.uncrowned.guard.collect.CollectOptions.defaults()), Engines.extractor(), t);
        out.printf("guard bench ingest --docs %d: %d cores, max heap %d MB%n", docs,
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        out.print(IngestBench.table(bench.run(seed, dir, docs)));
        out.println();
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir.resolve("pages"))) {
          pages = s.sorted().limit(1000).toList();
        }
        out.println("extraction alone, one thread, same pages for both (" + pages.size() + " pages):");
        out.print(ExtractionSpeedBench.ofFiles(pages).run(rounds).table());
        out.flush();
      } finally {
        if (work == null) {
          deleteTree(dir);
        }
      }
      return 0;
    }
  }

  /** {@code guard bench understand}. */
  @Command(
      name = "understand",
      description = "Articles/s and peak heap of the understanding layer (NER, entities, geoparsing) over the"
          + " sample corpus grown to --docs articles, with the NLP engine alone beside it.")
  static final class Understand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin DataOptions data;

    @Option(names = "--docs", defaultValue = "2000", description = "Articles to generate (default 2000).")
    int docs;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Seed corpus (default: the bundled samples).")
    Path corpus;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      var settings = data.settings();
      int t = settings.threads();
      Path dir = Files.createTempDirectory("guard-bench-understand");
      try {
        UnderstandBench bench = new UnderstandBench(Engines.collector(settings.collect()), Engines.extractor(), t);
        List<io.uncrowned.guard.article.Article> articles =
            bench.corpus(corpus != null ? corpus : DemoCommand.defaultCorpus(), dir, docs);
        out.printf("guard bench understand --docs %d: %d threads, %d cores, max heap %d MB, gazetteer of %s%n",
            docs, t, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, settings.dataDir());
        out.flush();
        long loadStart = System.nanoTime();
        List<UnderstandBench.Result> results = new java.util.ArrayList<>();
        try (var understander = Engines.understander(settings)) {
          long load = System.nanoTime() - loadStart;
          results.add(bench.measure("understanding layer", understander, load, articles));
        }
        results.add(bench.measure(CoreNlpProfile.FAST, articles));
        out.print(UnderstandBench.table(results));
        out.flush();
      } finally {
        deleteTree(dir);
      }
      return 0;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
