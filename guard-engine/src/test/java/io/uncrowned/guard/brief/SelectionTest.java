package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The TL;DR picks over hand-made scores and orthogonal vectors (so no pick is a near-duplicate of another). */
class SelectionTest {
  private static final List<Span> SPANS = List.of(new Span(0, 10), new Span(11, 20), new Span(21, 30));
  private static final List<float[]> VECTORS =
      List.of(new float[] {1, 0, 0}, new float[] {0, 1, 0}, new float[] {0, 0, 1});

  private static List<Integer> tldr(double[] scores, List<Set<Conditions>> conditions, double followerShare) {
    BriefSettings settings = new BriefSettings(1, 2, 3, 1, 1, 0.6, 0.85, 60, 3, 3, 5, followerShare);
    return new Selection(SPANS, VECTORS, scores, conditions, settings).tldr(i -> 10);
  }

  private static final List<Set<Conditions>> NONE = List.of(Set.of(), Set.of(), Set.of());

  @Test
  void aSentenceScoringFarBelowTheFirstPickStaysOutOfTheTldr() {
    assertEquals(List.of(0, 2), tldr(new double[] {3.0, 1.0, 2.5}, NONE, 0.6));
  }

  @Test
  void withoutAFollowerShareEverySentenceThatFitsIsTaken() {
    assertEquals(List.of(0, 2, 1), tldr(new double[] {3.0, 1.0, 2.5}, NONE, 0));
  }

  @Test
  void aSentenceStatingAConditionTheTldrLacksIsNeverTooWeak() {
    List<Set<Conditions>> limitInSecond = List.of(Set.of(), Set.of(Conditions.LIMIT), Set.of());
    assertEquals(List.of(0, 2, 1), tldr(new double[] {3.0, 0.1, 2.5}, limitInSecond, 0.6));
  }

  @Test
  void aConditionTheTldrAlreadyStatesEarnsNoExemption() {
    List<Set<Conditions>> limitInBoth = List.of(Set.of(Conditions.LIMIT), Set.of(Conditions.LIMIT), Set.of());
    assertEquals(List.of(0, 2), tldr(new double[] {3.0, 0.1, 2.5}, limitInBoth, 0.6));
  }
}
