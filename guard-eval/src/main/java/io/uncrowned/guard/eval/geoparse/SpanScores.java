package io.uncrowned.guard.eval.geoparse;

/**
 * Toponym recognition scores.
 *
 * @param exact precision, recall, F1 counting a predicted span right only when it equals a gold span
 * @param partial the same counting any overlap with a not yet matched span
 */
public record SpanScores(Prf exact, Prf partial) {
  /** Precision, recall and F1 from counts. */
  public record Prf(int truePositives, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf o) {
      return new Prf(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }
  }

  SpanScores plus(SpanScores o) {
    return new SpanScores(exact.plus(o.exact), partial.plus(o.partial));
  }

  static SpanScores empty() {
    return new SpanScores(new Prf(0, 0, 0), new Prf(0, 0, 0));
  }
}
