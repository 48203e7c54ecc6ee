package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.pipeline.IngestListener;
import io.uncrowned.guard.understand.ArticleUnderstander;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.nlp.CoreNlpAnnotator;
import io.uncrowned.guard.understand.nlp.CoreNlpProfile;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerProgress;
import io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API over articles the understanding layer analysed: entities in the article record, places as GeoJSON
 * points, country and place facets and filters. Needs the shared GeoNames files; skipped without them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnderstandingServeIT {
  private static final Path SHARED = Path.of(System.getProperty("guard.shared.data", "../../shared/data"));
  private final ObjectMapper json = new ObjectMapper();
  private Path data;
  private GuardEngine engine;
  private GuardServer server;
  private ServerKit http;

  @BeforeAll
  void ingestWithUnderstanding() throws IOException {
    Path geonames = SHARED.resolve("geonames");
    assumeTrue(Files.isDirectory(geonames), "shared GeoNames files absent: " + geonames);
    data = Files.createTempDirectory("guard-understanding-serve");
    new GazetteerInstaller().installFrom(geonames, data, GazetteerProgress.NONE);
    GuardSettings settings = GuardSettings.defaultsFor(data);
    LuceneGazetteer gazetteer = LuceneGazetteer.open(data);
    Demonyms demonyms = Demonyms.bundled();
    ArticleUnderstander understander = new ArticleUnderstander(
        new CoreNlpAnnotator(CoreNlpProfile.FAST, demonyms, settings.maxChunkChars()),
        new EntityLinker(Countries.fromGeoNames(gazetteer.location().resolve(GazetteerInstaller.COUNTRY_TABLE)), demonyms),
        gazetteer, new ContextResolver(gazetteer));
    engine = GuardEngine.open(settings.engineConfig(), new InputCollector(settings.collect()),
        new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()), understander);
    // The lithium story: Namibian places and an invented mining company, enough for every assertion below.
    Path corpus = ServerKit.sampleCorpus();
    engine.ingest(List.of(corpus.resolve("jsonl").toString()), IngestListener.NONE);
    server = GuardServer.builder(engine, settings.serve().withPort(0)).build().start(0);
    http = ServerKit.over(engine, server);
  }

  @AfterAll
  void stop() throws IOException {
    if (server != null) {
      server.stop();
      engine.close();
    }
    if (data != null) {
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void articlesCarryEntitiesAndPlacesOnTheMap() throws IOException {
    JsonNode hits = json.readTree(http.get("/api/search?q=lithium").body()).get("hits");
    assertTrue(hits.size() > 0);
    String id = hits.get(0).get("id").asText();
    JsonNode record = json.readTree(http.get("/api/articles/" + id).body());
    JsonNode u = record.get("understanding");
    assertEquals("ANALYSED", u.get("status").asText(), u.toString());
    assertFalse(u.get("entities").isEmpty());
    JsonNode map = json.readTree(http.get("/api/articles/" + id + "/places").body());
    assertFalse(map.get("features").isEmpty(), map.toString());
    JsonNode point = map.get("features").get(0);
    assertEquals("Point", point.at("/geometry/type").asText());
    double lon = point.at("/geometry/coordinates/0").asDouble();
    double lat = point.at("/geometry/coordinates/1").asDouble();
    assertTrue(Math.abs(lon) <= 180 && Math.abs(lat) <= 90 && (lon != 0 || lat != 0), point.toString());
    assertTrue(point.at("/properties/articles").toString().contains(id));
  }

  @Test
  void countryFacetsCountAndFilter() throws IOException {
    JsonNode all = json.readTree(http.get("/api/search?limit=50").body());
    JsonNode countries = all.at("/facets/country");
    assertFalse(countries.isEmpty(), all.get("facets").toString());
    String country = countries.get(0).get("value").asText();
    long count = countries.get(0).get("count").asLong();
    JsonNode filtered = json.readTree(http.get("/api/search?country=" + country).body());
    assertEquals(count, filtered.get("total").asLong());
    JsonNode map = json.readTree(http.get("/api/places?country=" + country).body());
    assertFalse(map.get("features").isEmpty(), map.toString());
  }
}
