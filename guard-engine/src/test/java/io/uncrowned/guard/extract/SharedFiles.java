package io.uncrowned.guard.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the team's shared folder (seed briefs, data sets) that tests may read but never copy. */
final class SharedFiles {
  private SharedFiles() {}

  /** {@code ../shared/<name>}, via the {@code guard.shared.data} property's parent when it is set. */
  static Optional<Path> shared(String name) {
    String data = System.getProperty("guard.shared.data");
    Path base =
        data != null
            ? Path.of(data).toAbsolutePath().normalize().getParent()
            : repositoryRoot().resolve("../shared").normalize();
    Path p = base == null ? null : base.resolve(name);
    return p != null && Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    // surefire runs in the module folder; the repository root holds the parent pom with <modules>
    return Files.exists(dir.resolve("../pom.xml")) && !Files.exists(dir.resolve("guard-engine")) ? dir.getParent() : dir;
  }
}
