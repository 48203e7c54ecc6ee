package io.uncrowned.guard.understand.places.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.understand.places.Place;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Look-ups in a gazetteer built from the synthetic {@code geonames-mini} fixture. */
class LuceneGazetteerTest {
  @TempDir static Path dataDir;
  static LuceneGazetteer gazetteer;

  @BeforeAll
  static void build() {
    new GazetteerInstaller().installFrom(Fixtures.geonamesMini(), dataDir, GazetteerProgress.NONE);
    gazetteer = LuceneGazetteer.open(dataDir);
  }

  @AfterAll
  static void close() {
    gazetteer.close();
  }

  private static long firstId(String name) {
    List<Place> found = gazetteer.candidates(name, 5);
    assertFalse(found.isEmpty(), "nothing for " + name);
    return found.get(0).geonameId();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kharkiv", "KHARKIV", "Kharkov", "Khar’kov", "Charkiw", "Charków", "charkow"})
  void findsKharkivByItsLatinNames(String name) {
    assertEquals(706483, firstId(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Харків", "Харьков"})
  void findsKharkivFromCyrillicNotInItsNames(String name) {
    // Neither spelling is among the fixture's alternate names: only transliteration can find them.
    assertEquals(706483, firstId(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kyiv", "Kiev", "Kijów", "Київ", "Киев"})
  void findsKyivByOldAndNewNames(String name) {
    assertEquals(703448, firstId(name));
  }

  @Test
  void findsSaintsSpelledEitherWay() {
    assertEquals(4407066, firstId("St. Louis"));
    assertEquals(4407066, firstId("Saint Louis"));
    assertEquals(4407066, firstId("St Louis"));
  }

  @Test
  void findsLvivFromRussianSpellingByTransliteration() {
    assertEquals(702550, firstId("Львов"));
  }

  @Test
  void ranksSameNamedPlacesByPopulation() {
    List<Long> ids = gazetteer.candidates("Springfield", 10).stream().map(Place::geonameId).toList();
    assertEquals(List.of(4409896L, 4951788L, 4250542L), ids);
    List<Place> paris = gazetteer.candidates("Paris", 10);
    assertEquals(2988507, paris.get(0).geonameId());
    assertTrue(paris.stream().anyMatch(p -> p.geonameId() == 4717560), "Paris, Texas");
  }

  @Test
  void putsARegionAfterItsSameNamedSeat() {
    // The département of Paris outweighs the city by its summed population, yet the city leads.
    List<Place> paris = gazetteer.candidates("Paris", 10);
    assertEquals("PPLC", paris.get(0).featureCode());
    assertEquals("ADM2", paris.get(1).featureCode());
    assertEquals(706483, firstId("Kharkiv"));
  }

  @Test
  void prefersCountriesForTheirOwnNames() {
    Place russia = gazetteer.candidates("Russia", 1).get(0);
    assertTrue(russia.isCountry());
    assertEquals("RU", russia.countryCode());
  }

  @Test
  void ranksRegionsByTheSummedPopulationOfTheirPlaces() {
    // Texas has no population in the fixture; Austin, Houston and Paris add up to more than Paris alone.
    Place texas = gazetteer.candidates("Texas", 1).get(0);
    assertTrue(texas.isFirstLevelRegion());
    assertEquals("TX", texas.admin1Code());
    assertEquals(974447 + 2314157 + 24782, texas.population());
  }

  @Test
  void findsCountriesByTheNamesNewsUses() {
    for (String name : List.of("UK", "U.K.", "Britain", "Great Britain")) {
      assertEquals(2635167, firstId(name), name);
    }
    assertEquals(6252001, firstId("U.S."));
    assertEquals(6252001, firstId("USA"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kharkiw", "Kharkivv", "Springfeild", "Marseile"})
  void fallsBackToFuzzyWhenNothingMatchesExactly(String misspelt) {
    assertFalse(gazetteer.candidates(misspelt, 3).isEmpty(), misspelt);
  }

  @Test
  void fuzzyFindsTheIntendedPlace() {
    assertEquals(706483, firstId("Kharkiw"));
    assertEquals(2995469, firstId("Marseile"));
  }

  @Test
  void doesNotGuessForShortOrEmptyNames() {
    assertTrue(gazetteer.candidates("Xq", 5).isEmpty());
    assertTrue(gazetteer.candidates("  ", 5).isEmpty());
    assertTrue(gazetteer.candidates("'-.", 5).isEmpty());
    assertTrue(gazetteer.candidates("Paris", 0).isEmpty());
  }

  @Test
  void respectsMax() {
    assertEquals(1, gazetteer.candidates("Springfield", 1).size());
  }

  @Test
  void looksUpById() {
    Place kharkiv = gazetteer.byId(706483).orElseThrow();
    assertEquals("Kharkiv", kharkiv.name());
    assertEquals("UA", kharkiv.countryCode());
    assertEquals("07", kharkiv.admin1Code());
    assertEquals(49.98177, kharkiv.latitude(), 1e-6);
    assertEquals(36.25475, kharkiv.longitude(), 1e-6);
    assertEquals(1433886, kharkiv.population());
    assertTrue(gazetteer.byId(1).isEmpty());
  }

  @Test
  void countryHasGeonamesOwnPointWhenGiven() {
    Place us = gazetteer.country("US").orElseThrow();
    assertEquals(6252001, us.geonameId());
    assertEquals("United States", us.name());
    assertEquals(39.76, us.latitude(), 1e-6);
    assertEquals(-98.5, us.longitude(), 1e-6);
  }

  @Test
  void countryWithoutARowSitsOnItsCapital() {
    Place russia = gazetteer.country("ru").orElseThrow();
    assertEquals(2017370, russia.geonameId());
    assertEquals("Russia", russia.name());
    assertEquals(55.75204, russia.latitude(), 1e-6);
    assertEquals(144478050, russia.population());
    // No PPLC for Ottawa in the fixture: Canada sits at the weighted centre of Toronto, London and Calgary.
    Place canada = gazetteer.country("CA").orElseThrow();
    assertTrue(canada.latitude() > 43 && canada.latitude() < 51 && canada.longitude() < -79, canada.toString());
    for (String cc : List.of("CA", "DE", "FR", "GB", "RU", "UA", "US")) {
      assertTrue(gazetteer.country(cc).isPresent(), cc);
    }
    assertTrue(gazetteer.country("ZZ").isEmpty());
  }

  @Test
  void regionHasGeonamesOwnPointWhenGiven() {
    Place texas = gazetteer.region("US", "TX").orElseThrow();
    assertEquals(4736286, texas.geonameId());
    assertEquals(31.25044, texas.latitude(), 1e-6);
  }

  @Test
  void regionWithoutARowSitsAtItsPopulationWeightedCentre() {
    Place illinois = gazetteer.region("US", "IL").orElseThrow();
    assertEquals(4896861, illinois.geonameId());
    assertEquals("ADM1", illinois.featureCode());
    // Chicago outweighs Springfield about 23 to 1, so the centre lies near Chicago.
    assertTrue(illinois.latitude() > 41.5 && illinois.latitude() < 41.85, "lat " + illinois.latitude());
    assertTrue(illinois.longitude() > -87.9 && illinois.longitude() < -87.6, "lon " + illinois.longitude());
    assertEquals(114394 + 2664452, illinois.population());
  }

  @Test
  void everyRegionWithAPlaceHasAPoint() {
    for (String key : List.of("CA.01", "CA.08", "DE.16", "DE.02", "FR.93", "FR.11", "GB.ENG", "RU.48", "UA.17",
        "UA.15", "UA.12", "UA.07", "US.MO", "US.TX", "US.IL", "US.NY", "US.MA")) {
      String[] cc = key.split("\\.");
      assertTrue(gazetteer.region(cc[0], cc[1]).isPresent(), key);
    }
    // Kiev oblast has no place in the fixture to set a point by.
    assertTrue(gazetteer.region("UA", "13").isEmpty());
  }

  @Test
  void secondLevelRegionsComeFromCountiesOrTheirPlaces() {
    Place greene = gazetteer.byId(4388781).orElseThrow();
    assertEquals("ADM2", greene.featureCode());
    assertEquals(37.258196, greene.latitude(), 1e-6);
    Place sangamon = gazetteer.byId(4249472).orElseThrow();
    assertEquals(39.80172, sangamon.latitude(), 1e-6);
  }

  @Test
  void recordsItsSources() {
    assertEquals(PlaceFields.FORMAT_VERSION, gazetteer.metadata().get("format"));
    assertTrue(gazetteer.metadata().get("attribution").startsWith("GeoNames"));
    assertTrue(gazetteer.metadata().get("sources").contains("cities500.txt:26:3"),
        gazetteer.metadata().get("sources"));
  }

  @Test
  void answersTheSameFromManyThreads() throws Exception {
    // Cyrillic and Greek input share the transliterators across threads.
    List<String> names = List.of("Kharkiv", "Харків", "Springfield", "Харьков", "Kharkiw", "Львов", "Αθήνα",
        "Київ");
    List<List<Place>> expected = names.stream().map(n -> gazetteer.candidates(n, 5)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "gazetteer-test"));
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 100; i++) {
            int k = i % names.size();
            if (!gazetteer.candidates(names.get(k), 5).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sizeCountsPlacesOnly() throws IOException {
    assertTrue(gazetteer.size() > 40, "size " + gazetteer.size());
  }
}
