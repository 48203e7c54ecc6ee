package io.uncrowned.guard.understand.places.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.understand.places.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the shared GeoNames cut (cities15000, the admin and country tables, admin-points; 6–12 s on two
 * busy cores) and checks well-known places. Skipped when {@code ../shared/data/geonames} is absent. The whole
 * shared folder, with cities500 as well (237,000 places), takes about 15 s and is left to
 * {@link GazetteerBenchmark}.
 */
class SharedGeonamesIT {
  private static final List<String> TABLES =
      List.of("cities15000.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt", "admin-points");

  @TempDir static Path tmp;
  static LuceneGazetteer gazetteer;
  static ImportReport report;

  @BeforeAll
  static void importSharedCut() throws IOException {
    Path geonames = sharedData().resolve("geonames");
    Assumptions.assumeTrue(Files.isDirectory(geonames), "no shared GeoNames data at " + geonames);
    // Link, never copy, the shared files into a folder holding only the cut under test.
    Path folder = Files.createDirectories(tmp.resolve("geonames"));
    for (String name : TABLES) {
      Files.createSymbolicLink(folder.resolve(name), geonames.resolve(name).toAbsolutePath());
    }
    report = new GazetteerInstaller().installFrom(folder, tmp.resolve("data"), GazetteerProgress.NONE);
    gazetteer = LuceneGazetteer.open(tmp.resolve("data"));
  }

  @AfterAll
  static void close() {
    if (gazetteer != null) {
      gazetteer.close();
    }
  }

  static Path sharedData() {
    String property = System.getProperty("guard.shared.data");
    if (property != null) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    Path root = Files.exists(dir.resolve("../pom.xml")) && !Files.exists(dir.resolve("guard-engine"))
        ? dir.getParent() : dir;
    return root.resolve("../shared/data").normalize();
  }

  private static long first(String name) {
    return gazetteer.candidates(name, 5).get(0).geonameId();
  }

  @Test
  void importsEveryRowOfTheCut() {
    assertEquals(0, report.skippedRows(), report.problems().toString());
    assertTrue(report.places() > 45_000, "places " + report.places());
  }

  @Test
  void findsKharkivByEverySpelling() {
    for (String name : List.of("Kharkiv", "Kharkov", "Charkiw", "Харків", "Харьков", "Kharkiw")) {
      assertEquals(706483, first(name), name);
    }
  }

  @Test
  void findsKyivByOldAndNewNames() {
    for (String name : List.of("Kyiv", "Kiev", "Київ", "Киев")) {
      assertEquals(703448, first(name), name);
    }
  }

  @Test
  void tellsTheSpringfieldsApart() {
    List<Place> springfields = gazetteer.candidates("Springfield", 10);
    Place illinois = springfields.stream().filter(p -> p.admin1Code().equals("IL")).findFirst().orElseThrow();
    Place missouri = springfields.stream().filter(p -> p.admin1Code().equals("MO")).findFirst().orElseThrow();
    assertEquals(4250542, illinois.geonameId());
    assertEquals(4409896, missouri.geonameId());
  }

  @Test
  void placesRussiaAndTexasAtGeonamesOwnPoints() {
    Place russia = gazetteer.candidates("Russia", 1).get(0);
    assertEquals(2017370, russia.geonameId());
    assertEquals("Russia", russia.name(), "countryInfo's short name, not 'Russian Federation'");
    assertEquals(2017370, gazetteer.candidates("Russian Federation", 1).get(0).geonameId());
    assertEquals(60, russia.latitude(), 1e-6);
    assertEquals(100, russia.longitude(), 1e-6);
    Place texas = gazetteer.candidates("Texas", 1).get(0);
    assertEquals(4736286, texas.geonameId());
    assertEquals(31.25044, texas.latitude(), 1e-4);
  }

  @Test
  void everyCountryAndNearlyEveryRegionHasAPlace() {
    for (String cc : List.of("UA", "US", "RU", "FR", "DE", "CN", "IN", "BR", "NG", "AU")) {
      assertTrue(gazetteer.country(cc).isPresent(), cc);
    }
    assertTrue(gazetteer.region("UA", "07").isPresent());
    assertTrue(gazetteer.region("US", "IL").isPresent());
  }
}
