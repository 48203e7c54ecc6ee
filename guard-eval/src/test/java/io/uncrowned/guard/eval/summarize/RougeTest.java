package io.uncrowned.guard.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE F1 on cases small enough to count by hand (counts in the comments). */
class RougeTest {
  private static final double EPS = 1e-9;

  @Test
  void oneSubstitutedWord() {
    // 6 tokens each; unigrams shared: the×2, cat, on, mat = 5; bigrams shared: the-cat, on-the, the-mat = 3 of 5;
    // LCS "the cat on the mat" = 5
    RougeScores s = Rouge.score("The cat sat on the mat.", "the cat lay on the mat");
    assertEquals(5.0 / 6, s.rouge1(), EPS);
    assertEquals(3.0 / 5, s.rouge2(), EPS);
    assertEquals(5.0 / 6, s.rougeL(), EPS);
  }

  @Test
  void countsAreClippedByTheReference() {
    // "the" ×3 against ×1: overlap 1, P = 1/3, R = 1/2, F1 = 0.4; no shared bigram; LCS 1
    RougeScores s = Rouge.score("the the the", "the cat");
    assertEquals(0.4, s.rouge1(), EPS);
    assertEquals(0.0, s.rouge2(), EPS);
    assertEquals(0.4, s.rougeL(), EPS);
  }

  @Test
  void rougeLRespectsOrderWhereRouge1DoesNot() {
    RougeScores s = Rouge.score("b a", "a b");
    assertEquals(1.0, s.rouge1(), EPS);
    assertEquals(0.0, s.rouge2(), EPS);
    assertEquals(0.5, s.rougeL(), EPS);
  }

  @Test
  void tokensAreLowerCaseAlphanumericRuns() {
    assertEquals(List.of("u", "s", "forces", "2024", "it", "s"), Rouge.tokens("U.S. forces, 2024! It's"));
  }

  @Test
  void severalReferencesAreAveraged() {
    RougeScores s = Rouge.againstAll("a b", List.of("a b", "c d"));
    assertEquals(0.5, s.rouge1(), EPS);
    assertEquals(0.5, s.rouge2(), EPS);
    assertEquals(0.5, s.rougeL(), EPS);
  }

  @Test
  void emptySidesScoreZero() {
    assertEquals(RougeScores.ZERO, Rouge.score("", "a b"));
    assertEquals(RougeScores.ZERO, Rouge.score("a b", "..."));
    assertEquals(RougeScores.ZERO, Rouge.againstAll("a b", List.of()));
  }
}
