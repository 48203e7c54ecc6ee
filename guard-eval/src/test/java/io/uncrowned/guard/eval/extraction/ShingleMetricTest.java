package io.uncrowned.guard.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand against the benchmark's definition. */
class ShingleMetricTest {
  private static final double EPS = 1e-9;

  @Test
  void tokensFollowPythonWordCharacters() {
    // Apostrophes and dashes split; underscore and number signs join; a combining accent splits (as in
    // Python's re, where \u0301 is not alphanumeric).
    assertEquals(List.of("Don", "t", "stop", "café_au", "42½", "cafe", "s", "x²"),
        ShingleMetric.tokens("Don't stop—café_au 42½ cafe\u0301s x²"));
    assertEquals(List.of(), ShingleMetric.tokens(null));
    assertEquals(List.of(), ShingleMetric.tokens(" … — "));
  }

  @Test
  void identicalTextsScorePerfectly() {
    PageScore s = ShingleMetric.score("one two three four five", "one  two\nthree, four; five!");
    assertEquals(1, s.tp(), EPS);
    assertEquals(1, s.precision(), EPS);
    assertEquals(1, s.recall(), EPS);
  }

  @Test
  void missingTailCostsRecallOnly() {
    // gold shingles {1234, 2345}; predicted {1234}: tp 1, fp 0, fn 1, normalised by 2.
    PageScore s = ShingleMetric.score("one two three four five", "one two three four");
    assertEquals(0.5, s.tp(), EPS);
    assertEquals(0, s.fp(), EPS);
    assertEquals(0.5, s.fn(), EPS);
    assertEquals(1, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
  }

  @Test
  void shinglesAreCountedAsMultisets() {
    // gold "a b c d a b c d": abcd twice, bcda, cdab, dabc once (5); predicted abcd once.
    PageScore s = ShingleMetric.score("a b c d a b c d", "a b c d");
    assertEquals(0.2, s.tp(), EPS);
    assertEquals(0.8, s.fn(), EPS);
    assertEquals(0.2, s.recall(), EPS);
  }

  @Test
  void caseIsKept() {
    PageScore s = ShingleMetric.score("The cat sat down", "the cat sat down");
    assertEquals(0, s.tp(), EPS);
    assertEquals(0.5, s.fp(), EPS);
  }

  @Test
  void shortTextsFormOneShingleOfAllTheirTokens() {
    assertEquals(1, ShingleMetric.score("hello world", "hello world").precision(), EPS);
    PageScore different = ShingleMetric.score("hello world", "hello there");
    assertEquals(0, different.precision(), EPS);
    assertEquals(0, different.recall(), EPS);
  }

  @Test
  void averagesLeaveEmptyPredictionsOutOfPrecision() {
    PageScore perfect = ShingleMetric.score("one two three four", "one two three four");
    PageScore empty = ShingleMetric.score("one two three four", "");
    PageScore nothing = ShingleMetric.score("", "");
    assertEquals(new PageScore(0, 0, 1), empty);
    assertEquals(new PageScore(0, 0, 0), nothing);
    Scores avg = ShingleMetric.average(List.of(perfect, empty, nothing));
    assertEquals(1, avg.precision(), EPS);
    assertEquals(0.5, avg.recall(), EPS);
    assertEquals(2 * 0.5 / 1.5, avg.f1(), EPS);
  }

  @Test
  void f1IsTheHarmonicMeanOfTheAverages() {
    PageScore a = ShingleMetric.score("one two three four five", "one two three four"); // P 1, R 0.5
    PageScore b = ShingleMetric.score("one two three four", "one two three four five"); // P 0.5, R 1
    Scores avg = ShingleMetric.average(List.of(a, b));
    assertEquals(0.75, avg.precision(), EPS);
    assertEquals(0.75, avg.recall(), EPS);
    assertEquals(0.75, avg.f1(), EPS);
  }
}
