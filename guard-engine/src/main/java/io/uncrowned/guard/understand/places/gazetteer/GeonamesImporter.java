package io.uncrowned.guard.understand.places.gazetteer;

import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.understand.places.GazetteerException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Lucene gazetteer index from a folder of GeoNames tables.
 *
 * <p>The folder may hold, under GeoNames' own names, plain or zipped: {@code allCountries}, or any of
 * {@code cities500/1000/5000/15000} (with allCountries the city extracts are redundant and not read);
 * {@code alternateNamesV2} (or the older {@code alternateNames}); {@code admin1CodesASCII.txt},
 * {@code admin2Codes.txt}, {@code countryInfo.txt}; and our {@code admin-points/*.tsv} extras (GeoNames' own
 * rows for countries, first-level regions, continents and seas, and US counties with census points), read
 * only without allCountries, which already holds those rows. Files are streamed line by line; a place seen
 * in two files is kept from the first. Malformed rows are skipped, counted and reported.
 *
 * <p>Every country and first-level region becomes a place with a point:
 *
 * <ul>
 *   <li>GeoNames' own row and point when a table has one (allCountries, admin-points);
 *   <li>else, for a country, its capital: the country's {@code PPLC}, or the most populous place bearing
 *       countryInfo's capital name, or failing both the population-weighted centre of its places; the
 *       population is countryInfo's;
 *   <li>else, for a first-level region of admin1CodesASCII, the population-weighted centre of its populated
 *       places (on the sphere; a place of unknown population weighs 1).
 * </ul>
 *
 * Second-level regions of admin2Codes without a row of their own (outside the US in our shared cut) are
 * approximated by their seat ({@code PPLA2}) when one is known, else by the population-weighted centre of
 * their places; those with neither are left out. A region without a population of its own is given the summed
 * population of its places in the imported tables, a lower bound used for ranking.
 *
 * <p>Alternate names come from the geoname rows' own column and, when present, from alternateNamesV2,
 * keeping real names (any language, abbreviations, historic and colloquial names) and skipping the
 * pseudo-languages that hold codes and links (post, iata, icao, faac, link, wkdt, unlc, tcid, phon, piny,
 * fr_1793).
 *
 * <p>Not thread-safe; one import at a time per index folder.
 */
public final class GeonamesImporter {
  private static final Logger LOG = LoggerFactory.getLogger(GeonamesImporter.class);
  private static final Set<String> PSEUDO_LANGUAGES =
      Set.of("post", "iata", "icao", "faac", "link", "wkdt", "unlc", "tcid", "phon", "piny", "fr_1793");
  private static final int PROGRESS_EVERY = 10_000;

  /**
   * Reads the GeoNames tables in {@code folder} and writes a new index into {@code indexDir} (created or
   * overwritten). Callers that must keep an old index usable use {@link GazetteerInstaller}.
   *
   * @throws GazetteerException when the folder holds no place table
   * @throws IOException when a file cannot be read or the index written
   */
  public ImportReport importFolder(Path folder, Path indexDir, GazetteerProgress progress) throws IOException {
    GeonamesFolder files = new GeonamesFolder(folder);
    if (!Files.isDirectory(folder) || files.isEmpty()) {
      throw new GazetteerException(folder, "no GeoNames place table in " + folder
          + ": expected allCountries.zip, cities500.zip (or cities1000/5000/15000) or admin-points/*.tsv", null);
    }
    Files.createDirectories(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(128);
    try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
      return new Run(files, writer, progress).run();
    }
  }

  /** One import: the state that lives from the first file to the commit. */
  private static final class Run {
    private final GeonamesFolder files;
    /** With allCountries, ids are unique and too many to remember, so no duplicate check. */
    private final boolean allCountries;
    private final IndexWriter writer;
    private final GazetteerProgress progress;
    private final Instant start = Instant.now();
    private final AdminTables tables = new AdminTables();
    private final AdminCentres centres = new AdminCentres();
    private final List<ImportReport.SourceFile> sources = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    /** Admin rows held back until the places under them are counted. */
    private final List<GeonameRow> adminRows = new ArrayList<>();
    private final Set<Long> seenSmall = new HashSet<>();
    private final Set<String> countriesPlaced = new HashSet<>();
    private final Set<String> regionsPlaced = new HashSet<>();
    private long[] ids = new long[1 << 16];
    private int idCount;
    private long places;
    private long aliases;
    private long synthesized;

    Run(GeonamesFolder files, IndexWriter writer, GazetteerProgress progress) {
      this.files = files;
      this.allCountries = files.hasAllCountries();
      this.writer = writer;
      this.progress = progress;
    }

    ImportReport run() throws IOException {
      readTables();
      for (Path table : files.placeTables()) {
        readGeonames(table, table.getFileName().toString());
      }
      if (!allCountries) {
        for (Path extra : files.adminPoints()) {
          readAdminPoints(extra);
        }
      }
      writeAdminRows();
      synthesizeMissing();
      Optional<Path> alternates = files.alternateNames();
      if (alternates.isPresent()) {
        readAlternateNames(alternates.get());
      }
      writer.forceMerge(1);
      writer.setLiveCommitData(commitData().entrySet());
      writer.commit();
      ImportReport report = new ImportReport(sources, places, aliases, synthesized, problems,
          Duration.between(start, Instant.now()));
      LOG.info("gazetteer: {} places, {} alternate names, {} synthesized, {} malformed rows skipped in {}",
          places, aliases, synthesized, report.skippedRows(), report.elapsed());
      return report;
    }

    private void readTables() throws IOException {
      Optional<Path> countryInfo = files.table("countryInfo.txt");
      if (countryInfo.isPresent()) {
        record("countryInfo.txt", tables.readCountries(countryInfo.get()));
      }
      Optional<Path> admin1 = files.table("admin1CodesASCII.txt");
      if (admin1.isPresent()) {
        record("admin1CodesASCII.txt", AdminTables.readAdminCodes(admin1.get(), tables.admin1));
      }
      Optional<Path> admin2 = files.table("admin2Codes.txt");
      if (admin2.isPresent()) {
        record("admin2Codes.txt", AdminTables.readAdminCodes(admin2.get(), tables.admin2));
      }
    }

    private void record(String name, long[] rowsAndSkipped) {
      sources.add(new ImportReport.SourceFile(name, rowsAndSkipped[0], rowsAndSkipped[1]));
      if (rowsAndSkipped[1] > 0) {
        problem(name, rowsAndSkipped[1] + " malformed rows skipped");
      }
    }

    private void readGeonames(Path file, String label) throws IOException {
      readLines(file, label, false, line -> {
        String[] why = new String[1];
        Optional<GeonameRow> row = GeonameRow.parse(line, why);
        if (row.isEmpty()) {
          problem(label, why[0]);
          return false;
        }
        accept(row.get());
        return true;
      });
    }

    private void readAdminPoints(Path file) throws IOException {
      String label = "admin-points/" + file.getFileName();
      boolean counties;
      try (BufferedReader in = GeonamesFolder.open(file)) {
        String first = in.readLine();
        counties = first != null && first.startsWith("geonameid\t");
      }
      if (!counties) {
        readGeonames(file, label);
        return;
      }
      readLines(file, label, true, line -> {
        Optional<GeonameRow> row = countyRow(line);
        if (row.isEmpty()) {
          problem(label, "expected geonameid, names, codes, lat, lon");
          return false;
        }
        accept(row.get());
        return true;
      });
    }

    /** A row of our US counties table: geonameid, name, asciiname, cc, admin1, admin2, lat, lon, …. */
    private static Optional<GeonameRow> countyRow(String line) {
      String[] c = line.split("\t", -1);
      if (c.length < 8) {
        return Optional.empty();
      }
      String[] geoname = new String[GeonameRow.COLUMNS];
      Arrays.fill(geoname, "");
      geoname[0] = c[0];
      geoname[1] = c[1];
      geoname[2] = c[2];
      geoname[4] = c[6];
      geoname[5] = c[7];
      geoname[6] = "A";
      geoname[7] = "ADM2";
      geoname[8] = c[3];
      geoname[10] = c[4];
      geoname[11] = c[5];
      return GeonameRow.parse(String.join("\t", geoname), new String[1]);
    }

    /** Reads data lines, counting rows and rows the parser rejected, reporting progress. */
    private void readLines(Path file, String label, boolean header, LineParser parser) throws IOException {
      long rows = 0;
      long skipped = 0;
      try (BufferedReader in = GeonamesFolder.open(file)) {
        if (header) {
          in.readLine();
        }
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          rows++;
          if (!parser.accept(line)) {
            skipped++;
          }
          if (rows % PROGRESS_EVERY == 0) {
            progress.update(label, rows, -1);
          }
        }
      }
      progress.update(label, rows, -1);
      sources.add(new ImportReport.SourceFile(label, rows, skipped));
      if (skipped > 0) {
        LOG.warn("{}: {} malformed rows skipped", label, skipped);
      }
    }

    private void accept(GeonameRow row) throws IOException {
      if (!allCountries && !seenSmall.add(row.id())) {
        return;
      }
      if (row.isCountry() || row.isAdmin1() || row.isAdmin2()) {
        adminRows.add(row);
        return;
      }
      AdminTables.CountryRow country = tables.countries.get(row.countryCode());
      centres.add(row, country == null ? null : country.capital());
      write(row, List.of(), List.of(), row.population());
    }

    private void writeAdminRows() throws IOException {
      for (GeonameRow row : adminRows) {
        if (row.isCountry()) {
          AdminTables.CountryRow info = tables.countries.get(row.countryCode());
          long population = row.population() > 0 || info == null ? row.population() : info.population();
          countriesPlaced.add(row.countryCode());
          // countryInfo's short name ("Russia", "France") is what news and maps show; the row's formal name
          // ("Russian Federation") stays one of the country's own names.
          GeonameRow named = info == null ? row : row.withName(info.name(), asciiOf(info.name()));
          write(named.withPopulation(population), List.of(row.name(), row.asciiName()),
              countryNames(row.countryCode()), population);
        } else {
          String key = row.isAdmin1() ? row.admin1Key() : row.admin2Key();
          AdminTables.AdminRow names = (row.isAdmin1() ? tables.admin1 : tables.admin2).get(key);
          long population = row.population() > 0 ? row.population() : centres.population(key);
          regionsPlaced.add(key);
          // The admin tables' names are often the short form ("Kiev" for Kyiv Oblast), so they are
          // alternate names only: the region must not win its capital's name by them.
          write(row.withPopulation(population), List.of(),
              names == null ? List.of() : List.of(names.name(), names.asciiName()), population);
        }
      }
      adminRows.clear();
    }

    /** ISO codes and the English names news uses, as alternate names of a country. */
    private List<String> countryNames(String countryCode) {
      List<String> names = new ArrayList<>(CountryAliases.of(countryCode));
      AdminTables.CountryRow info = tables.countries.get(countryCode);
      if (info != null) {
        names.add(info.iso3());
      }
      return names;
    }

    private void synthesizeMissing() throws IOException {
      for (AdminTables.CountryRow c : tables.countries.values()) {
        if (!countriesPlaced.contains(c.code())) {
          Optional<AdminCentres.Centre> point = centres.capital(c.code())
              .map(capital -> new AdminCentres.Centre(capital.latitude(), capital.longitude(), 0))
              .or(() -> centres.country(c.code()));
          if (point.isEmpty()) {
            problem("countryInfo.txt", "country " + c.code() + " has no row and no place to set its point by; "
                + "left out");
            continue;
          }
          synthesize(c.geonameId(), c.name(), point.get().latitude(), point.get().longitude(), "PCLI",
              c.code(), "", "", c.population());
        }
      }
      synthesizeRegions(tables.admin1, "ADM1", "admin1CodesASCII.txt");
      synthesizeRegions(tables.admin2, "ADM2", "admin2Codes.txt");
    }

    private void synthesizeRegions(Map<String, AdminTables.AdminRow> table, String code, String label)
        throws IOException {
      long unplaced = 0;
      for (AdminTables.AdminRow r : table.values()) {
        if (regionsPlaced.contains(r.key()) || r.countryCode().isEmpty()) {
          continue;
        }
        Optional<AdminCentres.Centre> centre = code.equals("ADM1")
            ? centres.admin1(r.countryCode(), r.admin1()) : centres.admin2(r.key());
        if (centre.isEmpty()) {
          unplaced++;
          continue;
        }
        AdminCentres.Centre p = centre.get();
        synthesize(r.geonameId(), r.name(), p.latitude(), p.longitude(), code, r.countryCode(), r.admin1(),
            r.admin2(), p.population());
      }
      if (unplaced > 0) {
        problem(label, unplaced + " regions have no row and no place to set their point by; left out");
      }
    }

    private void synthesize(long id, String name, double lat, double lon, String code, String cc, String admin1,
        String admin2, long population) throws IOException {
      if (!allCountries && !seenSmall.add(id)) {
        return;
      }
      GeonameRow row = new GeonameRow(id, name, NameFolder.fold(name).isEmpty() ? name : asciiOf(name),
          List.of(), lat, lon, "A", code, cc, admin1, admin2, population);
      write(row, List.of(), row.isCountry() ? countryNames(cc) : List.of(), population);
      synthesized++;
    }

    private static String asciiOf(String name) {
      // Keeps case and spacing; only diacritics go, as GeoNames' own ascii names do.
      return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private void write(GeonameRow row, List<String> extraOwnNames, List<String> extraNames, long rank)
        throws IOException {
      writer.addDocument(PlaceFields.place(row, extraOwnNames, extraNames, rank));
      if (idCount == ids.length) {
        ids = Arrays.copyOf(ids, ids.length * 2);
      }
      ids[idCount++] = row.id();
      places++;
    }

    private void readAlternateNames(Path file) throws IOException {
      long[] sorted = Arrays.copyOf(ids, idCount);
      Arrays.sort(sorted);
      String label = file.getFileName().toString();
      readLines(file, label, false, line -> {
        String[] c = line.split("\t", -1);
        if (c.length < 4) {
          problem(label, "expected at least 4 tab-separated columns, found " + c.length);
          return false;
        }
        try {
          long id = Long.parseLong(c[1]);
          String key = NameFolder.fold(c[3]);
          if (!PSEUDO_LANGUAGES.contains(c[2]) && !key.isEmpty() && Arrays.binarySearch(sorted, id) >= 0) {
            writer.addDocument(PlaceFields.alias(id, key));
            aliases++;
          }
          return true;
        } catch (NumberFormatException e) {
          problem(label, "geonameid is not a number: " + c[1]);
          return false;
        }
      });
    }

    private Map<String, String> commitData() {
      Map<String, String> data = new HashMap<>();
      data.put(PlaceFields.META_FORMAT, PlaceFields.FORMAT_VERSION);
      data.put(PlaceFields.META_PLACES, Long.toString(places));
      data.put(PlaceFields.META_CREATED, Instant.now().toString());
      data.put(PlaceFields.META_ATTRIBUTION, PlaceFields.ATTRIBUTION);
      data.put(PlaceFields.META_SOURCES, sources.stream()
          .map(s -> s.name() + ":" + s.rows() + ":" + s.skipped())
          .collect(Collectors.joining(",")));
      return data;
    }

    private void problem(String input, String reason) {
      if (problems.size() < ImportReport.MAX_PROBLEMS) {
        problems.add(new Problem(input, reason));
      }
    }
  }

  /** Parses one data line and files it; false when the line is malformed. */
  @FunctionalInterface
  private interface LineParser {
    boolean accept(String line) throws IOException;
  }

  /** An importer; holds no state between imports. */
  public GeonamesImporter() { }
}
