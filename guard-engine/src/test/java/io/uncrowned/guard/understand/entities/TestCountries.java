package io.uncrowned.guard.understand.entities;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Country tables for tests: a synthetic one beside the tests, and the shared GeoNames one when present. */
final class TestCountries {
  private TestCountries() {}

  static Countries synthetic() {
    try (Reader r =
        new InputStreamReader(
            TestCountries.class.getResourceAsStream("countries-synthetic.txt"), StandardCharsets.UTF_8)) {
      return Countries.read(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code <shared>/<name>}: {@code guard.shared.data}'s parent, else {@code ../shared} of the repository. */
  static Optional<Path> shared(String name) {
    String data = System.getProperty("guard.shared.data");
    Path base;
    if (data != null) {
      base = Path.of(data).toAbsolutePath().normalize().getParent();
    } else {
      Path dir = Path.of("").toAbsolutePath();
      Path root = Files.exists(dir.resolve("../pom.xml")) && !Files.exists(dir.resolve("guard-engine")) ? dir.getParent() : dir;
      base = root.resolve("../shared").normalize();
    }
    Path p = base == null ? null : base.resolve(name);
    return p != null && Files.exists(p) ? Optional.of(p) : Optional.empty();
  }
}
