package io.uncrowned.guard.cli;

import io.uncrowned.guard.collect.CollectOptions;
import io.uncrowned.guard.eval.bench.ServeBench;
import io.uncrowned.guard.eval.bench.ServeCorpus;
import io.uncrowned.guard.pipeline.EngineConfig;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.ServeOptions;
import io.uncrowned.guard.serve.GuardServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard bench serve}: search latency through HTTP beside raw Lucene, on a generated archive. */
@Command(
    name = "serve",
    description = "Search latency p50/p99 through the HTTP API and directly on Lucene (the floor), at 1, 8 and 32"
        + " concurrent clients, on the sample corpus grown to --docs articles (generated once into --data).")
final class ServeBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--docs", defaultValue = "100000", description = "Articles in the archive (default 100000).")
  int docs;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder for the generated archive, reused when it already holds it (default: TMP/guard-bench-serve-DOCS).")
  Path dataDir;

  @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "Concurrent clients (default 1,8,32).")
  int[] clients;

  @Option(names = "--requests", defaultValue = "300", description = "Searches per client at each level (default 300).")
  int requests;

  @Option(names = "--queries", defaultValue = "60", description = "Distinct queries in the mix (default 60).")
  int queryCount;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the archive and of the query mix.")
  long seed;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Seed corpus (default: the bundled samples).")
  Path corpus;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("java.io.tmpdir"), "guard-bench-serve-" + docs);
    ServeCorpus archive = ServeCorpus.from(corpus != null ? corpus : DemoCommand.defaultCorpus(),
        Engines.collector(CollectOptions.defaults()), Engines.extractor());
    if (!ServeCorpus.present(dir, docs, seed)) {
      if (Files.exists(dir.resolve("store.db"))) {
        spec.commandLine().getErr().println("error: " + dir + " holds another archive; remove it or give --data");
        return 1;
      }
      out.printf("Generating %d articles into %s (once; later runs reuse it)...%n", docs, dir);
      out.flush();
      long start = System.nanoTime();
      archive.write(dir, docs, seed, n -> {
        if (n % 20_000 == 0) {
          out.printf("  %d%n", n);
          out.flush();
        }
      });
      out.printf("  done in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
    EngineConfig config = new EngineConfig(dir, 1, 1000, EngineConfig.DEFAULT_NEAR_THRESHOLD);
    try (GuardEngine engine = GuardEngine.openForReading(config)) {
      ServeOptions options = new ServeOptions("127.0.0.1", 0, "", 1 << 20);
      GuardServer server = GuardServer.builder(engine, options).indexDir(config.indexDir()).build().start(0);
      try {
        List<ServeBench.Query> queries = ServeBench.queries(archive.words(), ServeCorpus.sources(), queryCount, seed);
        ServeBench bench = new ServeBench(engine, server, queries);
        out.printf("guard bench serve --docs %d: %d articles indexed, %d queries, %d searches per client per level,"
            + " %d cores, max heap %d MB%n", docs, engine.indexedDocuments(), queries.size(), requests,
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        bench.warmUp(3);
        out.print(ServeBench.table(bench.run(clients, requests)));
        out.flush();
      } finally {
        server.stop();
      }
    }
    return 0;
  }
}
