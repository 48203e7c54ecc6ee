package io.uncrowned.guard.understand.places.gazetteer;

import io.uncrowned.guard.understand.places.GazetteerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Installs the gazetteer into a data folder ({@code dataDir/gazetteer}), from a local folder of GeoNames
 * files or by downloading them. The new index is built beside the old one and swapped in by renaming only
 * once it is complete and opens, so a failed or interrupted install leaves the previous gazetteer in use.
 *
 * <p>This is the logic behind {@code guard gazetteer install [--from DIR]}.
 */
public final class GazetteerInstaller {
  /** The index folder's name inside a data folder. */
  public static final String INDEX_FOLDER = "gazetteer";
  /** Where GeoNames publishes its dumps. */
  public static final URI GEONAMES_DUMPS = URI.create("https://download.geonames.org/export/dump/");
  /**
   * The files downloaded by default: places of 500 people or more and the admin and country tables, about
   * 12 MB. Add {@code alternateNamesV2.zip} (about 200 MB) for names in more languages, or use
   * {@code allCountries.zip} (about 400 MB) instead of cities500 for every place.
   */
  public static final List<String> DEFAULT_FILES =
      List.of("cities500.zip", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt");

  private final GeonamesImporter importer;
  private final HttpClient http;

  /** An installer with its own HTTP client (redirects followed, 30 s connect timeout). */
  public GazetteerInstaller() {
    this(HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(java.time.Duration.ofSeconds(30))
        .build());
  }

  /** An installer downloading with the given client. */
  public GazetteerInstaller(HttpClient http) {
    this.importer = new GeonamesImporter();
    this.http = http;
  }

  /**
   * Imports the GeoNames files in {@code folder} (see {@link GeonamesImporter} for what it may hold) and
   * swaps the result in as {@code dataDir/gazetteer}.
   *
   * @throws GazetteerException when the folder holds no GeoNames place table or the result is unusable
   * @throws UncheckedIOException when reading or writing fails; the old gazetteer stays
   */
  public ImportReport installFrom(Path folder, Path dataDir, GazetteerProgress progress) {
    Path building = dataDir.resolve(INDEX_FOLDER + ".building-" + UUID.randomUUID());
    try {
      Files.createDirectories(dataDir);
      ImportReport report = importer.importFolder(folder, building, progress);
      try (LuceneGazetteer check = LuceneGazetteer.openIndex(building)) {
        if (check.size() == 0) {
          throw new GazetteerException(folder, "no places could be read from " + folder, null);
        }
      }
      swapIn(building, dataDir.resolve(INDEX_FOLDER));
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer install into " + dataDir + " failed", e);
    } finally {
      deleteTree(building);
    }
  }

  /** Downloads {@link #DEFAULT_FILES} from {@code base} and installs them; see {@link #download(URI, List, Map, Path, GazetteerProgress)}. */
  public ImportReport download(URI base, Path dataDir, GazetteerProgress progress) {
    return download(base, DEFAULT_FILES, Map.of(), dataDir, progress);
  }

  /**
   * Downloads GeoNames files into a temporary folder of {@code dataDir}, verifies them and installs them.
   * Each file is checked against the SHA-256 the caller gives in {@code expectedSha256} (file name → hex),
   * else against a {@code NAME.sha256} or {@code NAME.md5} published beside it, when there is one (GeoNames
   * publishes none for most files); every zip is read through to check its entries' CRCs.
   *
   * @param base folder URI ending in "/", e.g. {@link #GEONAMES_DUMPS}
   * @param files file names under {@code base}
   * @throws GazetteerDownloadException when a file cannot be fetched, fails its checksum or is a corrupt
   *     zip; the previous gazetteer stays
   */
  public ImportReport download(URI base, List<String> files, Map<String, String> expectedSha256, Path dataDir,
      GazetteerProgress progress) {
    Path downloads = dataDir.resolve(INDEX_FOLDER + ".download-" + UUID.randomUUID());
    try {
      Files.createDirectories(downloads);
      GeonamesDownloader downloader = new GeonamesDownloader(http, dataDir, progress);
      for (String file : files) {
        downloader.fetch(base.resolve(file), downloads.resolve(file), expectedSha256.get(file));
      }
      return installFrom(downloads, dataDir, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer download into " + dataDir + " failed", e);
    } finally {
      deleteTree(downloads);
    }
  }

  /** Moves the old index aside, the new one in, then deletes the old; puts the old back if the move fails. */
  private static void swapIn(Path building, Path target) throws IOException {
    Path old = target.resolveSibling(INDEX_FOLDER + ".old-" + UUID.randomUUID());
    boolean hadOld = Files.exists(target);
    if (hadOld) {
      move(target, old);
    } else {
      // Nothing installed: an index set aside by an earlier, interrupted swap is now superseded.
      setAside(target.getParent()).ifPresent(GazetteerInstaller::deleteTree);
    }
    try {
      move(building, target);
    } catch (IOException e) {
      if (hadOld) {
        move(old, target);
      }
      throw e;
    }
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Both live in the same data folder, so this only happens on odd file systems.
      Files.move(from, to);
    }
  }

  /** A previous index set aside by an install that did not finish its swap, if any. */
  static java.util.Optional<Path> setAside(Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> entries = Files.list(dataDir)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(INDEX_FOLDER + ".old-"))
          .max(Comparator.comparing(GazetteerInstaller::modified));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static java.nio.file.attribute.FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return java.nio.file.attribute.FileTime.fromMillis(0);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
