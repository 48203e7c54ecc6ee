package io.uncrowned.guard.serve.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.events.PolicyKind;
import io.uncrowned.guard.events.Reversal;
import io.uncrowned.guard.policy.PolicyHistory;
import io.uncrowned.guard.policy.PolicyRecord;
import io.uncrowned.guard.serve.PolicyCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The catalog over policy history: built once per store version, steps dated and reversals carried. */
class HistoryPolicyCatalogTest {
  private final AtomicInteger builds = new AtomicInteger();
  private final AtomicLong seq = new AtomicLong(1);
  private final HistoryPolicyCatalog catalog = new HistoryPolicyCatalog(() -> {
    builds.incrementAndGet();
    return PolicyHistory.of(List.of(record("000000000000000a", "2024-01-10", PolicyKind.GRANT), record("000000000000000b", "2024-05-02", PolicyKind.RESTRICT)));
  }, seq::get);

  @Test
  void rebuildsOnlyWhenTheStoreMoved() {
    catalog.asOf(Instant.parse("2024-12-31T00:00:00Z"), "", 10);
    catalog.asOf(Instant.parse("2024-02-01T00:00:00Z"), "", 10);
    assertEquals(1, builds.get());
    seq.incrementAndGet();
    catalog.asOf(Instant.parse("2024-02-01T00:00:00Z"), "", 10);
    assertEquals(2, builds.get());
  }

  @Test
  void answersAsOfADayWithTheInferredReversal() {
    PolicyCatalog.Line feb = catalog.asOf(Instant.parse("2024-02-01T00:00:00Z"), "", 10).get(0);
    assertEquals("allowed", feb.state());
    assertEquals(1, feb.steps().size());
    assertFalse(feb.steps().get(0).reversal());
    assertNull(feb.steps().get(0).reversalCue());
    PolicyCatalog.Line later = catalog.asOf(Instant.parse("2024-06-01T00:00:00Z"), "", 10).get(0);
    assertEquals("restricted", later.state());
    PolicyCatalog.Step ban = later.steps().get(1);
    assertTrue(ban.reversal());
    assertTrue(ban.reversalCue().contains("allowed"), ban.reversalCue());
    assertEquals(new ArticleId("000000000000000b"), ban.evidence());
    assertTrue(catalog.asOf(Instant.parse("2023-12-31T00:00:00Z"), "", 10).isEmpty());
  }

  @Test
  void queryWordsMatchActorSubjectOrCountryCode() {
    Instant end = Instant.parse("2024-12-31T00:00:00Z");
    assertEquals(1, catalog.asOf(end, "NL ostmark", 10).size());
    assertEquals(1, catalog.asOf(end, "Nordland", 10).size());
    assertTrue(catalog.asOf(end, "zembla", 10).isEmpty());
    assertTrue(catalog.asOf(end, "us", 10).isEmpty(), "short words match whole words only");
  }

  private static PolicyRecord record(String id, String day, PolicyKind kind) {
    String text = "Synthetic: Nordland decided about Ostmark's drone purchases.";
    Party actor = new Party("Nordland", "Nordland", null, "NL", new Span(11, 19));
    Party subject = new Party("Ostmark", "Ostmark", null, null, new Span(34, 41));
    PolicyEvent event = new PolicyEvent(kind, List.of(actor), subject, "buy drones", List.of("drones"), List.of(),
        null, null, List.of(), false, null, Reversal.NONE, "decide", null, List.of(new Span(0, text.length())), null);
    return new PolicyRecord(new ArticleId(id), "Synthetic " + id, "https://synthetic.example/" + id,
        LocalDate.parse(day), event);
  }
}
