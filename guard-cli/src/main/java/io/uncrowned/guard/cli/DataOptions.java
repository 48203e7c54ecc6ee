package io.uncrowned.guard.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}, shared by every command that opens the store. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (store.db, index/). Default: $GUARD_DATA or ./guard-data.",
      defaultValue = "${env:GUARD_DATA:-guard-data}")
  Path dataDir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads. Default: the number of cores.")
  Integer threads;
}
