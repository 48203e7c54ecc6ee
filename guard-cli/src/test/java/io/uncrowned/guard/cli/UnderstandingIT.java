package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The understanding layer end to end through the CLI: gazetteer installed from the shared GeoNames files,
 * the seed brief and the sample corpus ingested, entities and places shown, faceted and mapped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnderstandingIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHARED = Path.of(System.getProperty("guard.shared.data", "../../shared/data"));
  private static final Path SEED = SHARED.resolveSibling("seed").resolve("000_2916ca55d35a1ea1.txt");

  private Path data;
  private Cli ingest;

  @BeforeAll
  void installAndIngest(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("geonames")) && Files.isRegularFile(SEED), "shared data absent");
    data = dir.resolve("data");
    Cli install = Cli.run("gazetteer", "install", "--no-progress", "--from", SHARED.resolve("geonames").toString(),
        "--data", data.toString());
    assertEquals(0, install.exitCode(), install.err());
    Path german = Files.writeString(dir.resolve("de.txt"),
        "Stadtrat beschließt neue Parkgebühren\n\nDer erfundene Stadtrat von Freiburg hat am Dienstag neue"
            + " Parkgebühren für die Innenstadt beschlossen. Die Gebühren gelten ab dem ersten März und sollen"
            + " ausschließlich dem Ausbau der Straßenbahn zugutekommen, sagte die Sprecherin des Rates.");
    ingest = Cli.run("ingest", "--no-progress", "--data", data.toString(), SEED.toString(),
        Path.of("..", "samples", "corpus").toString(), german.toString());
  }

  @Test
  void ingestAnalysesEveryArticle() {
    assertEquals(0, ingest.exitCode(), ingest.err());
    assertTrue(ingest.lastLine().startsWith("31 ingested, 8 duplicates, 0 failed"), ingest.lastLine());
    // ingest placed every new article in a story itself: nothing is left for the next read to place
    try (var store = io.uncrowned.guard.store.SqliteStore.open(data.resolve("store.db"), java.time.Clock.systemUTC())) {
      assertTrue(store.unassigned().isEmpty(), store.unassigned().toString());
    }
  }

  @Test
  void seedBriefYieldsItsActorsAndKharkivOnTheMap() throws IOException {
    JsonNode u = JSON.readTree(Cli.run("show", seedId(), "--json", "--data", data.toString()).out()).get("understanding");
    assertEquals("ANALYSED", u.get("status").asText());
    JsonNode us = entity(u, "United States");
    assertTrue(us.get("aliases").toString().contains("U.S."), us.toString());
    assertTrue(hasEntityTiedTo(u, "administration", "US"), u.get("entities").toString());
    assertEquals("GROUP", entity(u, "Western allies").get("kind").asText());
    assertTrue(entity(u, "Ministry of Defense of Ukraine").get("kind").asText().equals("ORGANIZATION"));
    JsonNode kharkiv = null;
    for (JsonNode p : u.get("places")) {
      if (p.at("/place/geonameId").asLong() == 706483) {
        kharkiv = p.get("place");
      }
      assertTrue(!p.get("text").asText().contains("allies"), "Western allies is not a place: " + p);
    }
    assertTrue(kharkiv != null, u.get("places").toString());
    assertEquals(50.0, kharkiv.get("latitude").asDouble(), 0.1);
    assertEquals(36.2, kharkiv.get("longitude").asDouble(), 0.1);
    assertTrue(u.at("/focus/countries").toString().contains("UA"), u.get("focus").toString());
  }

  @Test
  void searchFiltersByPlaceAndCountryAndCountsFacets() throws IOException {
    JsonNode hits = JSON.readTree(Cli.run("search", "strikes", "--place", "Kharkiv", "--country", "UA", "--json",
        "--data", data.toString()).out());
    assertEquals(1, hits.get("total").asInt(), hits.toString());
    assertEquals(seedId(), hits.at("/hits/0/id").asText());
    JsonNode all = JSON.readTree(Cli.run("search", "--json", "-n", "50", "--data", data.toString()).out());
    assertTrue(all.at("/facets/country").toString().contains("\"NA\""), all.get("facets").toString());
    assertTrue(all.at("/facets/place").toString().contains("Namibia"), all.get("facets").toString());
    JsonNode namibia = JSON.readTree(Cli.run("search", "licence", "--country", "NA", "--json", "-n", "50",
        "--data", data.toString()).out());
    assertTrue(namibia.get("total").asInt() >= 3, namibia.toString());
    namibia.get("hits").forEach(h -> assertTrue(h.toString().contains("ithium") || h.toString().contains("Namibia"), h.toString()));
  }

  @Test
  void placesOfAQueryMakeValidGeoJson() throws IOException {
    JsonNode geo = JSON.readTree(Cli.run("places", "lithium", "--geojson", "--data", data.toString()).out());
    assertEquals("FeatureCollection", geo.get("type").asText());
    assertTrue(geo.get("features").size() > 0);
    for (JsonNode f : geo.get("features")) {
      double lon = f.at("/geometry/coordinates/0").asDouble();
      double lat = f.at("/geometry/coordinates/1").asDouble();
      assertTrue(Math.abs(lat) <= 90 && Math.abs(lon) <= 180, f.toString());
    }
    assertTrue(geo.toString().contains("\"country\":\"NA\""), "Namibia's places: " + geo);
  }

  @Test
  void aLanguageWithoutModelsIsStoredSearchableAndMarkedNotAnalysed() throws IOException {
    JsonNode hits = JSON.readTree(Cli.run("search", "Parkgebühren", "--json", "--data", data.toString()).out());
    assertEquals(1, hits.get("total").asInt(), hits.toString());
    JsonNode shown = JSON.readTree(Cli.run("show", hits.at("/hits/0/id").asText(), "--json", "--data", data.toString()).out());
    assertEquals("NOT_ANALYSED", shown.at("/understanding/status").asText());
    assertEquals("not analysed: language de", shown.at("/understanding/note").asText());
  }

  @Test
  void ingestWithoutAGazetteerSaysWhichCommandInstallsIt(@TempDir Path empty) throws IOException {
    Path page = Files.writeString(empty.resolve("a.txt"), "A title\n\nSynthetic text about a council in Ghent.");
    Cli run = Cli.run("ingest", "--no-progress", "--data", empty.resolve("data").toString(), page.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("guard gazetteer install"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  private String seedId() throws IOException {
    JsonNode r = JSON.readTree(Cli.run("search", "Defensive Strikes Inside Russia", "--json", "--data", data.toString()).out());
    return r.at("/hits/0/id").asText();
  }

  private static JsonNode entity(JsonNode u, String name) {
    for (JsonNode e : u.get("entities")) {
      if (e.get("name").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + name + " in " + u.get("entities"));
  }

  private static boolean hasEntityTiedTo(JsonNode u, String aliasWord, String country) {
    for (JsonNode e : u.get("entities")) {
      if (country.equals(e.path("countryCode").asText()) && e.get("aliases").toString().toLowerCase().contains(aliasWord)) {
        return true;
      }
    }
    return false;
  }
}
