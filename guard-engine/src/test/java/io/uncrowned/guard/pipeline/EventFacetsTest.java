package io.uncrowned.guard.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.events.PolicyKind;
import io.uncrowned.guard.events.Reversal;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.FacetCount;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.PlaceFocus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event trigger lemmas and policy kinds become search facets that count and filter, also after a reindex. */
class EventFacetsTest {
  private static final String GRANT = "Synthetic. The Nordland ministry has allowed Ostmark to buy patrol drones.";
  private static final String STRIKE = "Synthetic. Invented militia units struck a depot near the Velka river.";

  @TempDir Path data;

  @Test
  void policyAndEventKindsCountAndFilter() {
    Understander understander = article -> article.text().contains("allowed")
        ? understood(List.of(), List.of(grant()))
        : understood(List.of(strike()), List.of());
    MapCollector collector = new MapCollector()
        .put("a.txt", "https://news.example/drones", "Drones", GRANT)
        .put("b.txt", "https://news.example/depot", "Depot", STRIKE);
    EngineConfig config = new EngineConfig(data, 1, 1, 0.6);
    try (GuardEngine engine = GuardEngine.open(config, collector, new TextOnlyExtractor(), understander)) {
      engine.ingest(List.of("a.txt", "b.txt"), IngestListener.NONE);
      assertFacets(engine);
      engine.reindex(n -> {});
      assertFacets(engine);
    }
  }

  private static void assertFacets(GuardEngine engine) {
    var all = engine.search(SearchRequest.of(""));
    assertEquals(List.of(new FacetCount("grant", 1)), all.facets().get(Facet.POLICY_KIND));
    assertEquals(List.of(new FacetCount("strike", 1)), all.facets().get(Facet.EVENT_KIND));
    var grants = engine.search(SearchRequest.of("").withFilter(Facet.POLICY_KIND, Set.of("Grant")));
    assertEquals(1, grants.totalHits());
    assertEquals("Drones", grants.hits().get(0).title());
    assertEquals(1, engine.search(SearchRequest.of("").withFilter(Facet.EVENT_KIND, Set.of("strike"))).totalHits());
    assertTrue(engine.search(SearchRequest.of("").withFilter(Facet.POLICY_KIND, Set.of("lift"))).hits().isEmpty());
  }

  private static Understanding understood(List<Event> events, List<PolicyEvent> policies) {
    return new Understanding(Understanding.Status.ANALYSED, "", List.of(), List.of(), List.of(), PlaceFocus.NONE,
        new ArticleEvents(events, policies, 1), null);
  }

  private static PolicyEvent grant() {
    Party nordland = new Party("The Nordland ministry", "Nordland", null, null, new Span(11, 32));
    Party ostmark = new Party("Ostmark", "Ostmark", null, null, new Span(45, 52));
    return new PolicyEvent(PolicyKind.GRANT, List.of(nordland), ostmark, "buy patrol drones",
        List.of("patrol drones"), List.of(), null, null, List.of(), false, null, Reversal.NONE, "allow", null,
        List.of(new Span(11, GRANT.length())), null);
  }

  private static Event strike() {
    return new Event("strike", null, "struck", null, null, null, new Span(34, 40), new Span(11, STRIKE.length()));
  }
}
