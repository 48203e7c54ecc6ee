package io.uncrowned.guard.eval.summarize;

/** ROUGE-1, ROUGE-2 and ROUGE-L F1, each in [0, 1]. */
public record RougeScores(double rouge1, double rouge2, double rougeL) {
  public static final RougeScores ZERO = new RougeScores(0, 0, 0);

  public RougeScores {
    for (double v : new double[] {rouge1, rouge2, rougeL}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("ROUGE F1 outside [0, 1]: " + v);
      }
    }
  }
}
