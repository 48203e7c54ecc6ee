package io.uncrowned.guard.understand.places.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The synthetic GeoNames fixture folder, and zips made from it. */
final class Fixtures {
  private Fixtures() { }

  /** The folder {@code geonames-mini} on the test class path (see its README.md). */
  static Path geonamesMini() {
    URL url = Fixtures.class.getResource("geonames-mini/cities500.txt");
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Zips one file as GeoNames does: {@code stem.zip} holding {@code stem.txt}. */
  static byte[] zipOf(Path file) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
      zip.write(Files.readAllBytes(file));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  static void write(Path target, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(bytes);
    }
  }
}
