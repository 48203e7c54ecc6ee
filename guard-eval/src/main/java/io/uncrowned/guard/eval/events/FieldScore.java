package io.uncrowned.guard.eval.events;

/**
 * Counts for one field: predicted values judged correct out of all predicted, expected values found out of
 * all expected.
 */
public record FieldScore(String field, int correctPredicted, int predicted, int foundExpected, int expected) {
  public double precision() {
    return predicted == 0 ? 1.0 : (double) correctPredicted / predicted;
  }

  public double recall() {
    return expected == 0 ? 1.0 : (double) foundExpected / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  FieldScore plus(FieldScore o) {
    return new FieldScore(field, correctPredicted + o.correctPredicted, predicted + o.predicted,
        foundExpected + o.foundExpected, expected + o.expected);
  }
}
