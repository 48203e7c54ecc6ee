package io.uncrowned.guard.eval.extraction;

/**
 * Precision and recall averaged over pages, and F1 as the harmonic mean of those two averages (not the
 * average of per-page F1s), as the article-extraction benchmark defines them. All in [0, 1].
 */
public record Scores(double precision, double recall, double f1) {
  public Scores {
    check(precision);
    check(recall);
    check(f1);
  }

  private static void check(double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + v);
    }
  }
}
