package io.uncrowned.guard.understand.places.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.understand.places.GazetteerException;
import io.uncrowned.guard.understand.places.Place;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the importer reads, skips and reports. */
class GeonamesImporterTest {
  @TempDir Path tmp;

  @Test
  void skipsMalformedRowsAndCountsThem() throws IOException {
    ImportReport report = new GeonamesImporter().importFolder(Fixtures.geonamesMini(), tmp.resolve("idx"),
        GazetteerProgress.NONE);
    ImportReport.SourceFile cities = report.sources().stream()
        .filter(s -> s.name().equals("cities500.txt")).findFirst().orElseThrow();
    assertEquals(26, cities.rows());
    assertEquals(3, cities.skipped());
    assertEquals(3, report.skippedRows());
    assertTrue(report.problems().stream().anyMatch(p -> p.reason().contains("expected 19")), report.toString());
    assertTrue(report.problems().stream().anyMatch(p -> p.reason().contains("out of range")), report.toString());
    try (LuceneGazetteer g = LuceneGazetteer.openIndex(tmp.resolve("idx"))) {
      assertTrue(g.candidates("Truncated Row", 3).isEmpty());
      assertTrue(g.byId(99999903).isEmpty());
    }
  }

  @Test
  void reportsRegionsItCannotPlace() throws IOException {
    ImportReport report = new GeonamesImporter().importFolder(Fixtures.geonamesMini(), tmp.resolve("idx"),
        GazetteerProgress.NONE);
    assertTrue(report.problems().stream()
        .anyMatch(p -> p.input().equals("admin1CodesASCII.txt") && p.reason().startsWith("1 regions")),
        report.problems().toString());
    assertTrue(report.synthesized() > 10, "synthesized " + report.synthesized());
  }

  @Test
  void reportsProgressInRows() throws IOException {
    List<String> steps = new ArrayList<>();
    new GeonamesImporter().importFolder(Fixtures.geonamesMini(), tmp.resolve("idx"),
        (step, done, total) -> steps.add(step + "=" + done));
    assertTrue(steps.contains("cities500.txt=26"), steps.toString());
  }

  @Test
  void readsZippedTablesAndAlternateNames() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("dump"));
    Fixtures.write(folder.resolve("cities500.zip"), Fixtures.zipOf(Fixtures.geonamesMini().resolve("cities500.txt")));
    Files.copy(Fixtures.geonamesMini().resolve("countryInfo.txt"), folder.resolve("countryInfo.txt"));
    // alternateNamesV2 layout: id, geonameid, isolanguage, name, preferred, short, colloquial, historic, from, to
    String alternates = String.join("\n",
        "1\t706483\tde\tCharkow an der Lopan\t\t\t\t\t\t",
        "2\t706483\tiata\tHRK\t\t\t\t\t\t",
        "3\t706483\tlink\thttps://en.wikipedia.org/wiki/Kharkiv\t\t\t\t\t\t",
        "4\t999999999\ten\tNowhere Town\t\t\t\t\t\t",
        "5\tbroken",
        "");
    Path txt = tmp.resolve("alternateNamesV2.txt");
    Files.writeString(txt, alternates, StandardCharsets.UTF_8);
    Fixtures.write(folder.resolve("alternateNamesV2.zip"), Fixtures.zipOf(txt));

    ImportReport report = new GeonamesImporter().importFolder(folder, tmp.resolve("idx"), GazetteerProgress.NONE);
    assertEquals(1, report.alternateNames(), "only the German name is a name of a known place");
    try (LuceneGazetteer g = LuceneGazetteer.openIndex(tmp.resolve("idx"))) {
      List<Place> found = g.candidates("Charkow an der Lopan", 3);
      assertEquals(706483, found.get(0).geonameId());
      assertTrue(g.candidates("HRK", 3).isEmpty(), "IATA codes are not names");
      assertTrue(g.candidates("Nowhere Town", 3).isEmpty());
    }
  }

  @Test
  void withAllCountriesIgnoresCityExtractsAndAdminPoints() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("all"));
    List<String> rows = new ArrayList<>();
    // The region comes before its places, as ids order them in allCountries.
    rows.add(geoname(706482, "Kharkivska Oblast", "Kharkiv Oblast", 49.5, 36.5, "A", "ADM1", "UA", "07", 0));
    rows.add(geoname(690791, "Ukraine", "", 49, 32, "A", "PCLI", "UA", "00", 44622516));
    rows.add(geoname(706483, "Kharkiv", "Kharkov", 49.98177, 36.25475, "P", "PPLA", "UA", "07", 1433886));
    rows.add(geoname(706484, "Synthetic Hamlet", "", 49.9, 36.3, "P", "PPL", "UA", "07", 600));
    Files.write(folder.resolve("allCountries.txt"), rows, StandardCharsets.UTF_8);
    Files.write(folder.resolve("cities500.txt"),
        List.of(geoname(99999910, "Ignored Town", "", 10, 10, "P", "PPL", "UA", "07", 9000)), StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve("admin-points"));
    Files.copy(Fixtures.geonamesMini().resolve("admin-points/admin1_ADM1_geonames.tsv"),
        folder.resolve("admin-points/admin1_ADM1_geonames.tsv"));

    ImportReport report = new GeonamesImporter().importFolder(folder, tmp.resolve("idx"), GazetteerProgress.NONE);
    assertEquals(List.of("allCountries.txt"), report.sources().stream().map(ImportReport.SourceFile::name).toList());
    try (LuceneGazetteer g = LuceneGazetteer.openIndex(tmp.resolve("idx"))) {
      assertEquals(4, g.size());
      Place oblast = g.region("UA", "07").orElseThrow();
      assertEquals(1433886 + 600, oblast.population(), "a region without population gets its places' sum");
      assertEquals(49.5, oblast.latitude(), 1e-9, "and keeps its own point");
      assertEquals(690791, g.country("UA").orElseThrow().geonameId());
      assertTrue(g.candidates("Ignored Town", 1).isEmpty());
      assertEquals(706483, g.candidates("Kharkov", 1).get(0).geonameId());
    }
  }

  private static String geoname(long id, String name, String alternates, double lat, double lon, String featureClass,
      String featureCode, String cc, String admin1, long population) {
    return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat), Double.toString(lon),
        featureClass, featureCode, cc, "", admin1, "", "", "", Long.toString(population), "", "0", "Europe/Kyiv",
        "2024-01-01");
  }

  @Test
  void refusesAFolderWithoutPlaceTables() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Files.copy(Fixtures.geonamesMini().resolve("countryInfo.txt"), empty.resolve("countryInfo.txt"));
    GazetteerException e = assertThrows(GazetteerException.class,
        () -> new GeonamesImporter().importFolder(empty, tmp.resolve("idx"), GazetteerProgress.NONE));
    assertTrue(e.getMessage().contains("cities500.zip"), e.getMessage());
    assertEquals(empty, e.location());
  }
}
