package io.uncrowned.guard.serve;

import io.javalin.Javalin;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.StoreStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** {@code GET /api/metrics}: request counts and latency by route, and the archive's size, for Prometheus. */
final class MetricsRoutes implements Routes {
  static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final GuardEngine engine;
  private final RequestMetrics metrics;
  private final Path indexDir;

  /** @param indexDir the Lucene index folder, measured on disk; null when unknown (the gauge is left out) */
  MetricsRoutes(GuardEngine engine, RequestMetrics metrics, Path indexDir) {
    this.engine = engine;
    this.metrics = metrics;
    this.indexDir = indexDir;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/metrics", ctx -> ctx.contentType(MEDIA_TYPE).result(metrics.render(gauges())));
  }

  private Map<String, RequestMetrics.Gauge> gauges() {
    StoreStats stats = engine.stats();
    Map<String, RequestMetrics.Gauge> g = new LinkedHashMap<>();
    g.put("guard_articles", new RequestMetrics.Gauge("Articles kept in the store.", stats.articles()));
    g.put("guard_duplicates", new RequestMetrics.Gauge("Exact and near duplicates recorded.",
        stats.exactDuplicates() + stats.nearDuplicates()));
    g.put("guard_index_documents", new RequestMetrics.Gauge("Documents in the search index.", engine.indexedDocuments()));
    if (indexDir != null && Files.isDirectory(indexDir)) {
      g.put("guard_index_size_bytes", new RequestMetrics.Gauge("Size of the search index on disk.", bytes(indexDir)));
    }
    return g;
  }

  private static long bytes(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a segment merged away while we listed: it no longer counts
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }
}
