package io.uncrowned.guard.understand.places.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.uncrowned.guard.understand.places.GazetteerException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing from a folder and downloading from a local HTTP server standing in for GeoNames. */
class GazetteerInstallerTest {
  private static final List<String> FILES =
      List.of("cities500.zip", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt");

  @TempDir Path dataDir;
  private HttpServer server;
  private final Map<String, byte[]> served = new ConcurrentHashMap<>();
  private URI base;

  @BeforeEach
  void serve() throws IOException {
    Path mini = Fixtures.geonamesMini();
    served.put("cities500.zip", Fixtures.zipOf(mini.resolve("cities500.txt")));
    for (String table : List.of("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")) {
      served.put(table, Files.readAllBytes(mini.resolve(table)));
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/dump/", exchange -> {
      byte[] body = served.get(exchange.getRequestURI().getPath().substring("/dump/".length()));
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        if (body != null) {
          out.write(body);
        }
      }
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dump/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void missingGazetteerSaysHowToInstallIt() {
    GazetteerException e = assertThrows(GazetteerException.class, () -> LuceneGazetteer.open(dataDir));
    assertEquals("no gazetteer in " + dataDir.resolve("gazetteer") + ": run `guard gazetteer install` "
        + "(or `guard gazetteer install --from ../shared/data/geonames`)", e.getMessage());
    assertEquals(dataDir.resolve("gazetteer"), e.location());
  }

  @Test
  void corruptGazetteerSaysHowToInstallIt() throws IOException {
    Path index = Files.createDirectories(dataDir.resolve("gazetteer"));
    Files.writeString(index.resolve("segments_1"), "not a Lucene commit");
    GazetteerException e = assertThrows(GazetteerException.class, () -> LuceneGazetteer.open(dataDir));
    assertTrue(e.getMessage().contains("is unreadable"), e.getMessage());
    assertTrue(e.getMessage().contains("run `guard gazetteer install`"), e.getMessage());
  }

  @Test
  void installsFromAFolderAndReplacesAnOldInstall() {
    GazetteerInstaller installer = new GazetteerInstaller();
    installer.installFrom(Fixtures.geonamesMini(), dataDir, GazetteerProgress.NONE);
    installer.installFrom(Fixtures.geonamesMini(), dataDir, GazetteerProgress.NONE);
    try (LuceneGazetteer g = LuceneGazetteer.open(dataDir)) {
      assertEquals(706483, g.candidates("Kharkiv", 1).get(0).geonameId());
    }
    assertEquals(List.of("gazetteer"), entries(dataDir), "no temporary folders left behind");
  }

  @Test
  void failedInstallLeavesTheOldGazetteer() throws IOException {
    GazetteerInstaller installer = new GazetteerInstaller();
    installer.installFrom(Fixtures.geonamesMini(), dataDir, GazetteerProgress.NONE);
    Path empty = Files.createDirectories(dataDir.resolveSibling("empty-" + System.nanoTime()));
    assertThrows(GazetteerException.class, () -> installer.installFrom(empty, dataDir, GazetteerProgress.NONE));
    assertStillInstalled();
  }

  @Test
  void opensTheIndexSetAsideByAnInterruptedSwap() throws IOException {
    new GazetteerInstaller().installFrom(Fixtures.geonamesMini(), dataDir, GazetteerProgress.NONE);
    Files.move(dataDir.resolve("gazetteer"), dataDir.resolve("gazetteer.old-1234"));
    assertStillInstalled();
    new GazetteerInstaller().installFrom(Fixtures.geonamesMini(), dataDir, GazetteerProgress.NONE);
    assertEquals(List.of("gazetteer"), entries(dataDir));
  }

  @Test
  void downloadsVerifiesAndInstalls() {
    AtomicLong bytes = new AtomicLong();
    new GazetteerInstaller().download(base, FILES, Map.of("cities500.zip", sha256(served.get("cities500.zip"))),
        dataDir, (step, done, total) -> {
          if (step.equals("download cities500.zip")) {
            bytes.set(done);
            assertEquals(served.get("cities500.zip").length, total);
          }
        });
    assertEquals(served.get("cities500.zip").length, bytes.get());
    assertStillInstalled();
    assertEquals(List.of("gazetteer"), entries(dataDir));
  }

  @Test
  void wrongChecksumKeepsThePreviousGazetteer() {
    new GazetteerInstaller().installFrom(Fixtures.geonamesMini(), dataDir, GazetteerProgress.NONE);
    GazetteerDownloadException e = assertThrows(GazetteerDownloadException.class,
        () -> new GazetteerInstaller().download(base, FILES, Map.of("cities500.zip", "00".repeat(32)), dataDir,
            GazetteerProgress.NONE));
    assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    assertEquals(-1, e.statusCode());
    assertTrue(e.uri().toString().endsWith("cities500.zip"));
    assertStillInstalled();
    assertEquals(List.of("gazetteer"), entries(dataDir));
  }

  @Test
  void checksumPublishedBesideTheFileIsChecked() {
    served.put("cities500.zip.sha256", ("ff".repeat(32) + "  cities500.zip\n").getBytes());
    assertThrows(GazetteerDownloadException.class,
        () -> new GazetteerInstaller().download(base, FILES, Map.of(), dataDir, GazetteerProgress.NONE));
    served.put("cities500.zip.sha256", (sha256(served.get("cities500.zip")) + "  cities500.zip\n").getBytes());
    new GazetteerInstaller().download(base, FILES, Map.of(), dataDir, GazetteerProgress.NONE);
    assertStillInstalled();
  }

  @Test
  void md5PublishedBesideTheFileIsCheckedWhenThereIsNoSha256() throws Exception {
    served.put("countryInfo.txt.md5", "0123456789abcdef0123456789abcdef\n".getBytes());
    GazetteerDownloadException e = assertThrows(GazetteerDownloadException.class,
        () -> new GazetteerInstaller().download(base, FILES, Map.of(), dataDir, GazetteerProgress.NONE));
    assertTrue(e.getMessage().contains("MD5"), e.getMessage());
    byte[] md5 = MessageDigest.getInstance("MD5").digest(served.get("countryInfo.txt"));
    served.put("countryInfo.txt.md5", (HexFormat.of().formatHex(md5) + "  countryInfo.txt").getBytes());
    new GazetteerInstaller().download(base, FILES, Map.of(), dataDir, GazetteerProgress.NONE);
    assertStillInstalled();
  }

  @Test
  void corruptZipIsRefused() {
    byte[] zip = served.get("cities500.zip").clone();
    zip[zip.length / 2] ^= 0x55;
    served.put("cities500.zip", zip);
    assertThrows(GazetteerDownloadException.class,
        () -> new GazetteerInstaller().download(base, FILES, Map.of(), dataDir, GazetteerProgress.NONE));
    assertFalse(Files.exists(dataDir.resolve("gazetteer")));
  }

  @Test
  void missingFileReportsTheHttpStatus() {
    GazetteerDownloadException e = assertThrows(GazetteerDownloadException.class,
        () -> new GazetteerInstaller().download(base, List.of("allCountries.zip"), Map.of(), dataDir,
            GazetteerProgress.NONE));
    assertEquals(404, e.statusCode());
  }

  private void assertStillInstalled() {
    try (LuceneGazetteer g = LuceneGazetteer.open(dataDir)) {
      assertEquals(703448, g.candidates("Kiev", 1).get(0).geonameId());
    }
  }

  private static List<String> entries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
