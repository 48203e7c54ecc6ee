package io.uncrowned.guard.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a stream into memory only up to a limit, so a huge or endless input cannot exhaust the heap. */
final class BoundedRead {
  private BoundedRead() {}

  /** The whole stream, or empty when it holds more than {@code limit} bytes (then it is read no further). */
  static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        return Optional.empty();
      }
      out.write(buf, 0, n);
    }
    return Optional.of(out.toByteArray());
  }

  /** Up to {@code max} leading bytes of the stream (fewer only at its end). */
  static byte[] head(InputStream in, int max) throws IOException {
    return in.readNBytes(max);
  }

  /** "52428800 bytes (50 MiB)", for messages about limits. */
  static String describe(long bytes) {
    if (bytes >= 1024 * 1024) {
      return bytes + " bytes (" + bytes / (1024 * 1024) + " MiB)";
    }
    return bytes + " bytes";
  }
}
