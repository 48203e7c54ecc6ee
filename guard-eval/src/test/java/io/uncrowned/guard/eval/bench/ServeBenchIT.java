package io.uncrowned.guard.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.collect.CollectOptions;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.EngineConfig;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.ServeOptions;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.serve.GuardServer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve benchmark on a small archive: what it writes, that it is reused, and what it reports. */
class ServeBenchIT {
  @TempDir Path dir;

  @Test
  void writesAVariedArchiveOnceAndMeasuresBothPaths() {
    ServeCorpus corpus = ServeCorpus.from(Path.of("..", "samples", "corpus"), new InputCollector(CollectOptions.defaults()),
        new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()));
    assertFalse(ServeCorpus.present(dir, 300, 7));
    corpus.write(dir, 300, 7, n -> {});
    assertTrue(ServeCorpus.present(dir, 300, 7));
    assertFalse(ServeCorpus.present(dir, 301, 7), "another size is another archive");
    assertThrows(IllegalArgumentException.class, () -> corpus.write(dir, 300, 7, n -> {}));

    EngineConfig config = new EngineConfig(dir, 1, 100, EngineConfig.DEFAULT_NEAR_THRESHOLD);
    try (GuardEngine engine = GuardEngine.openForReading(config)) {
      assertEquals(300, engine.indexedDocuments());
      var titles = new HashSet<String>();
      engine.search(new SearchRequest("", java.util.Set.of(), java.util.Set.of(), null, null, 0, 100)).hits()
          .forEach(h -> titles.add(h.title()));
      assertTrue(titles.size() > 90, "copies get varied titles: " + titles.size() + " distinct of 100");
      List<ServeBench.Query> queries = ServeBench.queries(corpus.words(), ServeCorpus.sources(), 20, 7);
      assertEquals(20, new HashSet<>(queries).size());
      assertEquals(queries, ServeBench.queries(corpus.words(), ServeCorpus.sources(), 20, 7), "seeded");
      GuardServer server = GuardServer.builder(engine, new ServeOptions("127.0.0.1", 0, "", 1 << 20)).build().start(0);
      try {
        ServeBench bench = new ServeBench(engine, server, queries);
        bench.warmUp(1);
        List<ServeBench.Row> rows = bench.run(new int[] {1, 2}, 10);
        assertEquals(4, rows.size());
        assertEquals(List.of("lucene", "http", "lucene", "http"), rows.stream().map(ServeBench.Row::path).toList());
        assertEquals(20, rows.get(2).requests(), "2 clients x 10 searches");
        rows.forEach(r -> assertTrue(r.p50Millis() > 0 && r.p99Millis() >= r.p50Millis(), r.toString()));
        String table = ServeBench.table(rows);
        assertTrue(table.contains(" 2 clients: http/lucene"), table);
      } finally {
        server.stop();
      }
    }
  }
}
