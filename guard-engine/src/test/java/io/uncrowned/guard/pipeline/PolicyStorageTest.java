package io.uncrowned.guard.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.events.PolicyKind;
import io.uncrowned.guard.events.Reversal;
import io.uncrowned.guard.policy.PolicyHistory;
import io.uncrowned.guard.policy.PolicyLine;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.PlaceFocus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy events go to the store with their article and come back as a history, also after a reopen. */
class PolicyStorageTest {
  private static final String TEXT = "Synthetic. The Nordland ministry has allowed Ostmark to buy patrol drones.";

  @TempDir Path data;

  @Test
  void storedPolicyEventsFormAHistoryThatSurvivesAReopen() {
    Understander understander = article -> new Understanding(Understanding.Status.ANALYSED, "", List.of(),
        List.of(), List.of(), PlaceFocus.NONE, new ArticleEvents(List.of(), List.of(grant()), 1), null);
    MapCollector collector = new MapCollector().put("a.txt", "https://news.example/drones", "Drones", TEXT);
    EngineConfig config = new EngineConfig(data, 1, 1, 0.6);
    try (GuardEngine engine = GuardEngine.open(config, collector, new TextOnlyExtractor(), understander)) {
      engine.ingest(List.of("a.txt"), IngestListener.NONE);
    }
    try (GuardEngine engine = GuardEngine.openForReading(config)) {
      PolicyHistory history = engine.policyHistory();
      assertEquals(1, history.lines().size());
      PolicyLine line = history.lines("Nordland", "Ostmark").get(0);
      assertEquals(LocalDate.parse("2024-05-30"), line.latest().record().date());
      assertEquals(PolicyKind.GRANT, line.latest().record().event().kind());
      assertEquals("Drones", line.latest().record().title());
      assertTrue(history.asOf(LocalDate.parse("2024-05-29"), null, null).isEmpty());
    }
  }

  private static PolicyEvent grant() {
    Party nordland = new Party("The Nordland ministry", "Nordland", null, null, new Span(11, 32));
    Party ostmark = new Party("Ostmark", "Ostmark", null, null, new Span(45, 52));
    return new PolicyEvent(PolicyKind.GRANT, List.of(nordland), ostmark, "buy patrol drones",
        List.of("patrol drones"), List.of(), null, null, List.of(), false, null, Reversal.NONE, "allow", null,
        List.of(new Span(11, TEXT.length())), LocalDate.parse("2024-05-30"));
  }
}
