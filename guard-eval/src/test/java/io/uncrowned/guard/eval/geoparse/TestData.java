package io.uncrowned.guard.eval.geoparse;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the tests' own fixtures and the shared data sets are. */
final class TestData {
  private TestData() {}

  /** A fixture under this package's test resources. */
  static Path fixture(String name) {
    try {
      return Path.of(TestData.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code ../shared/data/<relative>}; skips the test when it is absent. */
  static Path shared(String relative) {
    Path p = GeoparseEvalMain.sharedData().resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared data absent: " + p);
    return p;
  }
}
