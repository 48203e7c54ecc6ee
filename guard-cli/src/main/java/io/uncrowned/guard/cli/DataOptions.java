package io.uncrowned.guard.cli;

import io.uncrowned.guard.pipeline.GuardSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}, {@code --threads N} and {@code --set key=value}, shared by every command that opens
 * the engine; they override the settings file and the {@code GUARD_*} environment.
 */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (store.db, index/). Default: setting data.dir ($GUARD_DATA_DIR or ./guard-data).")
  Path dataDir;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads. Default: one per core.")
  Integer threads;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override any setting of guard-defaults.properties, e.g. --set collect.read-timeout=60s.")
  Map<String, String> set = new LinkedHashMap<>();

  /** The settings with these options applied over file and environment. */
  GuardSettings settings(Map<String, String> more) {
    Map<String, String> overrides = new LinkedHashMap<>(set);
    if (dataDir != null) {
      overrides.put("data.dir", dataDir.toString());
    }
    if (threads != null) {
      overrides.put("ingest.threads", threads.toString());
    }
    overrides.putAll(more);
    return GuardSettings.load(System.getenv(), overrides);
  }

  GuardSettings settings() {
    return settings(Map.of());
  }
}
