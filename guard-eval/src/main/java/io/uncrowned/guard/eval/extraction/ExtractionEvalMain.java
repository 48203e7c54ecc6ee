package io.uncrowned.guard.eval.extraction;

import java.nio.file.Path;

/**
 * Command-line entry until the CLI wires {@code guard eval extraction}:
 * {@code [--dataset DIR] [--out FILE]}. Prints the report table; writes our predictions with {@code --out}.
 */
public final class ExtractionEvalMain {
  private ExtractionEvalMain() {}

  public static void main(String[] args) {
    Path dataset = BenchmarkDataset.defaultLocation();
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dataset" -> dataset = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use [--dataset DIR] [--out FILE]");
      }
    }
    Report report = ExtractionEvaluation.of(dataset).run();
    System.out.print(report.table());
    if (out != null) {
      BenchmarkDataset.writeBodies(report.predictions(), out);
      System.out.println("wrote our predictions to " + out);
    }
  }
}
