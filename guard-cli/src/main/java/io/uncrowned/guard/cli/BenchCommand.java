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
    subcommands = {
      BenchCommand.Ingest.class,
      BenchCommand.Understand.class,
      BenchCommand.Events.class,
      ServeBenchCommand.class
    })
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
      description = "Articles/s and peak heap of the understanding layer (NER, entities, places, events, briefs) over the"
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
        List<UnderstandBench.Result> results = new java.util.ArrayList<>();
        // The whole layer, then without briefs, then without events too: the differences are their costs.
        results.add(layer(bench, settings, "whole layer", true, true, articles));
        results.add(layer(bench, settings, "without briefs", true, false, articles));
        results.add(layer(bench, settings, "entities+places", false, false, articles));
        results.add(bench.measure(CoreNlpProfile.FAST, articles));
        out.print(UnderstandBench.table(results));
        out.flush();
      } finally {
        deleteTree(dir);
      }
      return 0;
    }
  }

  private static UnderstandBench.Result layer(UnderstandBench bench, io.uncrowned.guard.pipeline.GuardSettings settings,
      String name, boolean events, boolean briefs, List<io.uncrowned.guard.article.Article> articles) {
    long loadStart = System.nanoTime();
    try (var understander = Engines.understander(settings, events, briefs)) {
      return bench.measure(name, understander, System.nanoTime() - loadStart, articles);
    }
  }

  /** {@code guard bench events}: the added cost per article of the events stage. */
  @Command(
      name = "events",
      description = "ms/article of event and policy-event extraction alone (annotation and linking done"
          + " beforehand), over the sample corpus grown to --docs articles, beside parsing every sentence.")
  static final class Events implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin DataOptions data;

    @Option(names = "--docs", defaultValue = "300", description = "Articles to generate (default 300).")
    int docs;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Seed corpus (default: the bundled samples).")
    Path corpus;

    @Override
    public Integer call() throws IOException {
      var settings = data.settings();
      Path dir = Files.createTempDirectory("guard-bench-events");
      try {
        UnderstandBench bench = new UnderstandBench(Engines.collector(settings.collect()), Engines.extractor(), 1);
        List<io.uncrowned.guard.article.Article> articles =
            bench.corpus(corpus != null ? corpus : DemoCommand.defaultCorpus(), dir, docs);
        var demonyms = io.uncrowned.guard.understand.nlp.Demonyms.bundled();
        Path table = io.uncrowned.guard.eval.geoparse.GeoparseEvalMain.sharedData().resolve("geonames/countryInfo.txt");
        var linker = new io.uncrowned.guard.understand.entities.EntityLinker(
            io.uncrowned.guard.understand.entities.Countries.fromGeoNames(table), demonyms);
        var annotator = new io.uncrowned.guard.understand.nlp.CoreNlpAnnotator(CoreNlpProfile.FAST, demonyms,
            settings.maxChunkChars());
        var report = new io.uncrowned.guard.eval.bench.EventsBench(annotator, linker,
            io.uncrowned.guard.events.parse.CoreNlpDependencyParser.english()).run(articles, 3);
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
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
