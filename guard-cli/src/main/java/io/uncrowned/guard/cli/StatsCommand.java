package io.uncrowned.guard.cli;

import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.store.StoreStats;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard stats}: what the store holds. */
@Command(name = "stats", description = "Counts: articles, duplicates, indexed documents, sources, languages.")
final class StatsCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    StoreStats stats;
    long indexed;
    try (GuardEngine engine = Engines.openForReading(data)) {
      stats = engine.stats();
      indexed = engine.indexedDocuments();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ArticleJson().write(Map.of("store", stats, "indexed", indexed)));
    } else {
      print(out, stats, indexed);
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, StoreStats stats, long indexed) {
    out.printf("articles:          %d%n", stats.articles());
    out.printf("indexed:           %d%n", indexed);
    out.printf("exact duplicates:  %d%n", stats.exactDuplicates());
    out.printf("near duplicates:   %d%n", stats.nearDuplicates());
    out.println("sources:");
    stats.bySource().forEach((k, v) -> out.printf("  %-30s %d%n", k, v));
    out.println("languages:");
    stats.byLanguage().forEach((k, v) -> out.printf("  %-30s %d%n", k, v));
  }
}
