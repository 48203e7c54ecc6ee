package io.uncrowned.guard.understand.places.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The GeoNames files found in one folder, under their official names, plain ({@code .txt}) or zipped as
 * GeoNames serves them ({@code .zip} holding {@code <stem>.txt}).
 */
final class GeonamesFolder {
  /** Place tables, most complete first: with allCountries the city extracts are redundant and not read. */
  private static final List<String> PLACE_STEMS =
      List.of("allCountries", "cities15000", "cities5000", "cities1000", "cities500");
  private static final List<String> ALTERNATE_STEMS = List.of("alternateNamesV2", "alternateNames");

  private final Path folder;

  GeonamesFolder(Path folder) {
    this.folder = folder;
  }

  Path path() {
    return folder;
  }

  /** allCountries alone when present, else every cities file present. */
  List<Path> placeTables() {
    List<Path> found = new ArrayList<>();
    for (String stem : PLACE_STEMS) {
      find(stem).ifPresent(found::add);
      if (!found.isEmpty() && stem.equals("allCountries")) {
        return found;
      }
    }
    return found;
  }

  boolean hasAllCountries() {
    return find("allCountries").isPresent();
  }

  Optional<Path> alternateNames() {
    return ALTERNATE_STEMS.stream().map(this::find).flatMap(Optional::stream).findFirst();
  }

  Optional<Path> table(String fileName) {
    Path p = folder.resolve(fileName);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** Our {@code admin-points/*.tsv} extras, sorted by name. */
  List<Path> adminPoints() {
    Path dir = folder.resolve("admin-points");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when nothing in the folder could make a gazetteer. */
  boolean isEmpty() {
    return placeTables().isEmpty() && adminPoints().isEmpty();
  }

  private Optional<Path> find(String stem) {
    for (String ext : List.of(".txt", ".zip")) {
      Path p = folder.resolve(stem + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Opens a table as UTF-8 lines; for a zip, the entry named like the zip with {@code .txt}, else its first
   * {@code .txt} entry that is not a readme or language table. The reader owns (and closes) the zip.
   */
  static BufferedReader open(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    ZipFile zip = new ZipFile(file.toFile());
    try {
      ZipEntry entry = dataEntry(zip, name.substring(0, name.length() - 4) + ".txt");
      InputStream in = zip.getInputStream(entry);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            zip.close();
          }
        }
      };
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private static ZipEntry dataEntry(ZipFile zip, String expected) throws IOException {
    ZipEntry exact = zip.getEntry(expected);
    if (exact != null) {
      return exact;
    }
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      String n = e.getName().toLowerCase(Locale.ROOT);
      if (n.endsWith(".txt") && !n.contains("readme") && !n.contains("iso-languagecodes")) {
        return e;
      }
    }
    throw new IOException("no data table in " + zip.getName());
  }
}
