package io.uncrowned.guard.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.events.PolicyKind;
import io.uncrowned.guard.events.Reversal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic decisions, invented dates: lines, as-of answers and inferred reversals. */
class PolicyHistoryTest {
  private static final Party US = party("the U.S.", "United States", "location:united-states", "US");
  private static final Party ALLIES = party("Western allies", "Western allies", null, null);
  private static final Party UKRAINE = party("Ukraine", "Ukraine", "location:ukraine", "UA");
  private static final Party NORDLAND = party("Nordland", "Nordland", null, null);

  @Test
  void answersWhatStoodOnADay() {
    PolicyHistory history = PolicyHistory.of(List.of(
        record("a2", "2024-05-30", event(PolicyKind.GRANT, List.of(US, ALLIES), UKRAINE, "supplied weapons")),
        record("a1", "2024-02-01", event(PolicyKind.RESTRICT, List.of(US), UKRAINE, "long-range missiles"))));

    List<PolicyHistory.InForce> march = history.asOf(LocalDate.parse("2024-03-01"), "US", "UA");
    assertEquals(1, march.size());
    assertEquals(PolicyStance.RESTRICTED, march.get(0).entry().stance());
    List<PolicyHistory.InForce> june = history.asOf(LocalDate.parse("2024-06-01"), "US", "UA");
    assertEquals(1, june.size(), "the missiles line and the weapons line are one line: " + june);
    assertEquals(PolicyStance.ALLOWED, june.get(0).entry().stance());
    assertTrue(history.asOf(LocalDate.parse("2024-01-01"), "US", null).isEmpty());
  }

  @Test
  void flagsAContradictionAsAReversalWhenTheTextDoesNotSaySo() {
    PolicyHistory history = PolicyHistory.of(List.of(
        record("a1", "2024-02-01", event(PolicyKind.REFUSE, List.of(US), UKRAINE, "rocket systems")),
        record("a2", "2024-05-30", event(PolicyKind.GRANT, List.of(US), UKRAINE, "supplied weaponry"))));

    PolicyLine line = history.lines("United States", "Ukraine").get(0);
    assertEquals(2, line.entries().size());
    assertFalse(line.entries().get(0).reversal().reversed());
    assertTrue(line.latest().reversal().reversed());
    assertTrue(line.latest().inferred());
    assertEquals(Instruments.WEAPONS, line.key().instrument());
  }

  @Test
  void keepsTheTextsOwnReversalCue() {
    Reversal said = new Reversal(true, "in a shift from its earlier stance");
    PolicyEvent grant = withReversal(event(PolicyKind.GRANT, List.of(US), UKRAINE, "weapons"), said);
    PolicyLine line = PolicyHistory.of(List.of(record("a1", "2024-05-30", grant))).lines().get(0);

    assertEquals(said, line.latest().reversal());
    assertFalse(line.latest().inferred());
  }

  @Test
  void aDecisionByAlliesJoinsEachActorsLine() {
    PolicyHistory history = PolicyHistory.of(List.of(
        record("a1", "2024-05-30", event(PolicyKind.GRANT, List.of(US, ALLIES), UKRAINE, "weapons"))));

    assertEquals(List.of("United States", "Western allies"),
        history.lines().stream().map(PolicyLine::actorName).toList());
    assertEquals(1, history.lines("Western allies", null).size());
  }

  @Test
  void anExtensionContinuesTheLinesStanceAndOtherInstrumentsKeepTheirOwnLine() {
    PolicyHistory history = PolicyHistory.of(List.of(
        record("a1", "2024-01-10", event(PolicyKind.RESTRICT, List.of(NORDLAND), UKRAINE, "chip-making equipment")),
        record("a2", "2024-03-10", event(PolicyKind.EXTEND, List.of(NORDLAND), UKRAINE, "chip-making equipment")),
        record("a3", "2024-04-10", event(PolicyKind.GRANT, List.of(NORDLAND), UKRAINE, "artillery shells"))));

    assertEquals(2, history.lines("Nordland", null).size());
    PolicyLine chips = history.lines().get(0);
    assertEquals("equipment", chips.key().instrument());
    assertEquals(2, chips.entries().size());
    assertEquals(PolicyStance.RESTRICTED, chips.latest().stance());
    assertFalse(chips.latest().reversal().reversed());
  }

  @Test
  void aDecisionWithoutInstrumentIsComparedWithTheSameActorAndSubject() {
    PolicyHistory history = PolicyHistory.of(List.of(
        record("a1", "2024-01-10", event(PolicyKind.GRANT, List.of(US), UKRAINE, "weapons")),
        record("a2", "2024-03-10", event(PolicyKind.RESTRICT, List.of(US), UKRAINE))));

    PolicyLine unnamed = history.lines().stream()
        .filter(l -> l.key().instrument().equals(LineKey.ANY)).findFirst().orElseThrow();
    assertTrue(unnamed.latest().inferred());
  }

  private static Party party(String text, String name, String entityId, String country) {
    return new Party(text, name, entityId, country, new Span(0, text.length()));
  }

  private static PolicyEvent event(PolicyKind kind, List<Party> actors, Party subject, String... instruments) {
    return new PolicyEvent(kind, actors, subject, "act", List.of(instruments), List.of(), null, null, List.of(),
        false, null, Reversal.NONE, "allow", null, List.of(new Span(0, 10)), null);
  }

  private static PolicyEvent withReversal(PolicyEvent e, Reversal r) {
    return new PolicyEvent(e.kind(), e.actors(), e.subject(), e.action(), e.instruments(), e.area(), e.targets(),
        e.purpose(), e.limits(), e.negated(), e.modality(), r, e.trigger(), e.attributedTo(), e.evidence(),
        e.date());
  }

  private static PolicyRecord record(String id, String day, PolicyEvent event) {
    return new PolicyRecord(new ArticleId(String.format("%016x", id.hashCode() & 0xffffffffL)), "Synthetic " + id, null, LocalDate.parse(day), event);
  }
}
