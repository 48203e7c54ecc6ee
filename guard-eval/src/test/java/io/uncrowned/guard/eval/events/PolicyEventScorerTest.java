package io.uncrowned.guard.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.eval.events.PolicyItem.ExpectedPolicy;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.events.PolicyKind;
import io.uncrowned.guard.events.Reversal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring conventions of the policy-event sets, on hand-made events (synthetic, invented parties). */
class PolicyEventScorerTest {
  private static final Span SPAN = new Span(0, 10);

  private static PolicyEvent event(String actor, String subject) {
    return new PolicyEvent(PolicyKind.LIFT, List.of(new Party(actor, actor, null, null, SPAN)),
        subject == null ? null : new Party(subject, subject, null, null, SPAN), null, List.of(), List.of(), null, null,
        List.of(), false, null, Reversal.NONE, "lift", null, List.of(SPAN), null);
  }

  private static ExpectedPolicy expected(String subject) {
    return new ExpectedPolicy("lift", List.of("Ruritania"), subject, "", List.of(), List.of(), "", "", List.of(), true, "");
  }

  @Test
  void anEmptyExpectedValueIsNotStatedSoNothingIsMissed() {
    PolicyEventScorer scorer = new PolicyEventScorer();
    scorer.add(List.of(expected("")), List.of(event("Ruritania", null)), id -> List.of());
    FieldScore subject = scorer.fields().get(2);
    assertEquals("subject", subject.field());
    assertEquals(0, subject.expected());
    assertEquals(0, scorer.fields().get(7).expected(), "an empty purpose is not an expected value");
  }

  @Test
  void aSubjectPredictedWhereNoneIsStatedStillCountsAsWrong() {
    PolicyEventScorer scorer = new PolicyEventScorer();
    scorer.add(List.of(expected("")), List.of(event("Ruritania", "Osterlich Freight")), id -> List.of());
    FieldScore subject = scorer.fields().get(2);
    assertEquals(1, subject.predicted());
    assertEquals(0, subject.correctPredicted());
  }
}
