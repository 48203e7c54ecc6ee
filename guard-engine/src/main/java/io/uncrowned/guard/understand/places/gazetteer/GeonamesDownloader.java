package io.uncrowned.guard.understand.places.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Fetches one GeoNames file to disk with progress, and verifies its checksum and zip integrity. */
final class GeonamesDownloader {
  private final HttpClient http;
  private final Path dataDir;
  private final GazetteerProgress progress;

  GeonamesDownloader(HttpClient http, Path dataDir, GazetteerProgress progress) {
    this.http = http;
    this.dataDir = dataDir;
    this.progress = progress;
  }

  /**
   * @param expectedSha256 hex SHA-256 the caller expects, or null to use a published one when present
   */
  void fetch(URI uri, Path target, String expectedSha256) throws IOException {
    HttpResponse<InputStream> response = send(uri, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      response.body().close();
      throw new GazetteerDownloadException(dataDir, uri, response.statusCode(),
          "download of " + uri + " failed: HTTP " + response.statusCode(), null);
    }
    long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest md5 = digest("MD5");
    String step = "download " + target.getFileName();
    try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[1 << 16];
      long done = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        sha256.update(buffer, 0, n);
        md5.update(buffer, 0, n);
        done += n;
        progress.update(step, done, total);
      }
    }
    verifyChecksum(uri, HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(md5.digest()),
        expectedSha256);
    if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      verifyZip(uri, target);
    }
  }

  private void verifyChecksum(URI uri, String sha256, String md5, String expectedSha256) throws IOException {
    if (expectedSha256 != null) {
      requireEqual(uri, "SHA-256", expectedSha256, sha256);
      return;
    }
    Optional<String> published = published(URI.create(uri + ".sha256"));
    if (published.isPresent()) {
      requireEqual(uri, "SHA-256", published.get(), sha256);
      return;
    }
    Optional<String> publishedMd5 = published(URI.create(uri + ".md5"));
    if (publishedMd5.isPresent()) {
      requireEqual(uri, "MD5", publishedMd5.get(), md5);
    }
  }

  private void requireEqual(URI uri, String algorithm, String expected, String actual) {
    if (!expected.strip().equalsIgnoreCase(actual)) {
      throw new GazetteerDownloadException(dataDir, uri, -1, "download of " + uri + " is corrupt: " + algorithm
          + " " + actual + ", expected " + expected.strip(), null);
    }
  }

  /** The first word of a published checksum file ("HEX  name" or "HEX"), when the server has one. */
  private Optional<String> published(URI uri) throws IOException {
    HttpResponse<String> response = send(uri, HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
    if (response.statusCode() != 200 || response.body().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(response.body().strip().split("\\s+")[0]);
  }

  /** Reads every entry through; the JDK checks each entry's CRC as it ends. */
  private void verifyZip(URI uri, Path file) {
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      byte[] buffer = new byte[1 << 16];
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        while (zip.read(buffer) >= 0) {
          // Drain the entry so its CRC is checked.
        }
        entries++;
      }
    } catch (IOException e) {
      throw new GazetteerDownloadException(dataDir, uri, -1, "download of " + uri + " is not a valid zip: "
          + e.getMessage(), e);
    }
    if (entries == 0) {
      throw new GazetteerDownloadException(dataDir, uri, -1, "download of " + uri + " is an empty zip", null);
    }
  }

  private <T> HttpResponse<T> send(URI uri, HttpResponse.BodyHandler<T> handler) throws IOException {
    try {
      return http.send(HttpRequest.newBuilder(uri).GET().build(), handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + uri, e);
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every JDK", e);
    }
  }
}
