package io.uncrowned.guard.cli;

import io.uncrowned.guard.collect.CollectOptions;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import java.util.Map;

/** Builds the default components from settings: the one place the CLI wires stages. */
final class Engines {
  private Engines() {}

  static Extractor extractor() {
    return new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath());
  }

  static InputCollector collector(CollectOptions options) {
    return new InputCollector(options);
  }

  /** Settings from the options, with {@code --allow-private} applied when given. */
  static GuardSettings settings(DataOptions data, boolean allowPrivateAddresses) {
    return data.settings(
        allowPrivateAddresses ? Map.of("collect.allow-private-addresses", "true") : Map.of());
  }

  static GuardEngine open(DataOptions data, boolean allowPrivateAddresses) {
    GuardSettings settings = settings(data, allowPrivateAddresses);
    return GuardEngine.open(settings.engineConfig(), collector(settings.collect()), extractor());
  }
}
