package io.uncrowned.guard.cli;

import io.uncrowned.guard.collect.CollectOptions;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.EngineConfig;
import io.uncrowned.guard.pipeline.GuardEngine;

/** Builds the default components from command-line options: the one place the CLI wires stages. */
final class Engines {
  private Engines() {}

  static Extractor extractor() {
    return new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath());
  }

  static InputCollector collector(boolean allowPrivateAddresses) {
    return new InputCollector(CollectOptions.defaults().withAllowPrivateAddresses(allowPrivateAddresses));
  }

  static GuardEngine open(DataOptions data, boolean allowPrivateAddresses) {
    EngineConfig defaults = EngineConfig.defaults(data.dataDir);
    EngineConfig config =
        new EngineConfig(
            data.dataDir,
            data.threads == null ? defaults.threads() : data.threads,
            defaults.batchSize(),
            defaults.nearDuplicateThreshold());
    return GuardEngine.open(config, collector(allowPrivateAddresses), extractor());
  }
}
