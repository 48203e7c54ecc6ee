package io.uncrowned.guard.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of an embedded engine.
 *
 * @param dataDir the data folder: {@code store.db} and {@code index/} live here
 * @param threads extraction threads (at least 1)
 * @param batchSize writes per store-and-index commit; a crash loses at most this many, which a re-run
 *     redoes
 * @param nearDuplicateThreshold estimated Jaccard similarity of 5-word shingles from which two articles are
 *     near-duplicates
 */
public record EngineConfig(Path dataDir, int threads, int batchSize, double nearDuplicateThreshold) {
  public static final double DEFAULT_NEAR_THRESHOLD = 0.6;

  public EngineConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    if (threads < 1 || batchSize < 1 || nearDuplicateThreshold <= 0 || nearDuplicateThreshold > 1) {
      throw new IllegalArgumentException("threads and batchSize >= 1, threshold in (0, 1]");
    }
  }

  /** Defaults for {@code dataDir}: one thread per core, commits every 200 writes, threshold 0.6. */
  public static EngineConfig defaults(Path dataDir) {
    return new EngineConfig(
        dataDir, Runtime.getRuntime().availableProcessors(), 200, DEFAULT_NEAR_THRESHOLD);
  }

  public Path storeFile() {
    return dataDir.resolve("store.db");
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
