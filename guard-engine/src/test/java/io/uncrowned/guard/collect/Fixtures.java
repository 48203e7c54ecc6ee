package io.uncrowned.guard.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the synthetic fixtures of this package into a test folder under any name. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String fixture) {
    try (InputStream in = Fixtures.class.getResourceAsStream(fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path copy(String fixture, Path folder, String name) throws IOException {
    Path target = folder.resolve(name);
    Files.createDirectories(target.getParent());
    return Files.write(target, bytes(fixture));
  }
}
