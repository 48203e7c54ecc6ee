package io.uncrowned.guard.eval.extraction;

/**
 * How one prediction matches its gold text: true positives, false positives and false negatives over
 * 4-token shingles, each divided by their sum so that every page weighs the same (all zero when both
 * texts have no tokens).
 */
public record PageScore(double tp, double fp, double fn) {
  public PageScore {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + ", " + fp + ", " + fn);
    }
  }

  /** Whether this page takes part in the precision average: the prediction had any shingle. */
  boolean countsForPrecision() {
    return tp + fp > 0;
  }

  /** Whether this page takes part in the recall average: the gold text had any shingle. */
  boolean countsForRecall() {
    return tp + fn > 0;
  }

  /** Precision of this page; 1 when nothing was missed or added. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fp == 0 ? 0 : tp / (tp + fp);
  }

  /** Recall of this page; 1 when nothing was missed or added. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp + fn == 0 ? 0 : tp / (tp + fn);
  }
}
