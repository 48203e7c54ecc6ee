package io.uncrowned.guard.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.dedupe.DuplicateKind;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.search.SearchResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardEngineTest {
  // Synthetic sample texts written for this test; the councils and people are invented.
  private static final String WATER =
      "The Lisbon water board of the invented Tagus Utilities Council voted on Monday to restrict garden"
          + " watering to two evenings a week for the whole summer. Chair Marta Quelhas said the limit applies"
          + " solely to households and leaves farms untouched. The board will review the measure in September"
          + " after reading the reservoir levels, and fines start at forty euros for a first offence.";
  private static final String WATER_REPRINT_TRIMMED =
      "The Lisbon water board of the invented Tagus Utilities Council voted on Monday to restrict garden"
          + " watering to two evenings a week for the whole summer. Chair Marta Quelhas said the limit applies"
          + " solely to households and leaves farms untouched. The board will review the measure in September"
          + " after reading the reservoir levels.";
  private static final String TRAMS =
      "Porto's transport authority, the fictional Douro Mobility Office, approved a night tram trial on"
          + " three lines from June, with fares frozen at the daytime price and a review after ninety days.";

  @TempDir Path data;

  private GuardEngine open(MapCollector collector) {
    return GuardEngine.open(new EngineConfig(data, 2, 2, 0.6), collector, new TextOnlyExtractor());
  }

  private MapCollector corpus() {
    return new MapCollector()
        .put("a.txt", "https://news.example/water", "Lisbon limits garden watering", WATER)
        .put("b.txt", "https://other.example/water-copy", "Watering curbs for Lisbon", WATER)
        .put("c.txt", "https://third.example/water-trim", "Lisbon water limits", WATER_REPRINT_TRIMMED)
        .put("d.txt", "https://news.example/trams", "Porto night trams", TRAMS)
        .putBroken("broken.txt");
  }

  @Test
  void ingestsKeepsOriginalsRecordsDuplicatesAndGoesOnAfterAFailure() {
    MapCollector collector = corpus();
    try (GuardEngine engine = open(collector)) {
      IngestReport report = engine.ingest(List.copyOf(collector.inputs.keySet()), IngestListener.NONE);
      assertEquals(2, report.ingested());
      assertEquals(2, report.duplicates());
      assertEquals(1, report.failed());
      assertEquals("broken.txt", report.problems().get(0).input());
      assertEquals("2 ingested, 2 duplicates, 1 failed", report.summary());
      var stats = engine.stats();
      assertEquals(2, stats.articles());
      assertEquals(1, stats.exactDuplicates());
      assertEquals(1, stats.nearDuplicates());
    }
  }

  @Test
  void reingestingTheSameInputsChangesNothingAndSaysSo() {
    MapCollector collector = corpus();
    List<String> inputs = List.copyOf(collector.inputs.keySet());
    try (GuardEngine engine = open(collector)) {
      engine.ingest(inputs, IngestListener.NONE);
    }
    try (GuardEngine engine = open(collector)) {
      IngestReport again = engine.ingest(inputs, IngestListener.NONE);
      assertEquals(0, again.ingested());
      assertEquals(0, again.duplicates());
      assertEquals(4, again.unchanged());
      assertEquals(2, engine.stats().articles());
      assertEquals(2, engine.indexedDocuments());
    }
  }

  @Test
  void nearDuplicateIsRecordedAgainstItsOriginal() {
    MapCollector collector = corpus();
    try (GuardEngine engine = open(collector)) {
      engine.ingest(List.of("a.txt", "c.txt"), IngestListener.NONE);
      var original = engine.search(SearchRequest.of("watering")).hits();
      assertEquals(1, original.size());
      var trimmedId =
          io.uncrowned.guard.article.ArticleId.fromUrl(java.net.URI.create("https://third.example/water-trim"));
      var dup = engine.duplicate(trimmedId).orElseThrow();
      assertEquals(DuplicateKind.NEAR, dup.kind());
      assertEquals(original.get(0).id(), dup.original());
      assertTrue(dup.similarity() >= 0.6 && dup.similarity() < 1.0, "similarity " + dup.similarity());
    }
  }

  @Test
  void searchFindsRankedHitsWithHighlightedSnippets() {
    MapCollector collector = corpus();
    try (GuardEngine engine = open(collector)) {
      engine.ingest(List.copyOf(collector.inputs.keySet()), IngestListener.NONE);
      SearchResult r = engine.search(SearchRequest.of("tram"));
      assertEquals(1, r.totalHits());
      assertEquals("Porto night trams", r.hits().get(0).title());
      assertTrue(r.hits().get(0).snippet().contains("<b>tram</b>"), r.hits().get(0).snippet());
      assertEquals(0, engine.search(SearchRequest.of("submarine")).totalHits());
      // Invalid query syntax is searched as plain words instead of failing.
      assertEquals(1, engine.search(SearchRequest.of("\"night trams")).totalHits());
    }
  }

  @Test
  void searchCountsFacetsOverAllMatchesAndFiltersByThem() {
    MapCollector collector = corpus();
    try (GuardEngine engine = open(collector)) {
      engine.ingest(List.copyOf(collector.inputs.keySet()), IngestListener.NONE);
      SearchResult all = engine.search(SearchRequest.of(""));
      assertEquals(
          List.of(new io.uncrowned.guard.search.FacetCount("test", 2)),
          all.facets().get(io.uncrowned.guard.search.Facet.SOURCE));
      assertEquals(
          List.of(new io.uncrowned.guard.search.FacetCount("en", 2)),
          all.facets().get(io.uncrowned.guard.search.Facet.LANGUAGE));
      SearchRequest none =
          SearchRequest.of("").withFilter(io.uncrowned.guard.search.Facet.SOURCE, java.util.Set.of("elsewhere"));
      assertEquals(0, engine.search(none).totalHits());
    }
  }

  @Test
  void reindexRebuildsTheIndexFromTheStore() {
    MapCollector collector = corpus();
    try (GuardEngine engine = open(collector)) {
      engine.ingest(List.copyOf(collector.inputs.keySet()), IngestListener.NONE);
      assertEquals(2, engine.reindex(n -> {}));
      assertEquals(2, engine.indexedDocuments());
      assertEquals(1, engine.search(SearchRequest.of("reservoir")).totalHits());
    }
  }
}
