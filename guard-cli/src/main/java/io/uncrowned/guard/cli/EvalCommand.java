package io.uncrowned.guard.cli;

import io.uncrowned.guard.eval.extraction.BenchmarkDataset;
import io.uncrowned.guard.eval.extraction.ExtractionEvaluation;
import io.uncrowned.guard.eval.extraction.Report;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard eval …}: evaluations over the shared data sets, beside their baselines. */
@Command(
    name = "eval",
    description = "Evaluate against public data sets, baselines side by side.",
    subcommands = {EvalCommand.Extraction.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code guard eval extraction}: main-text extraction on the article-extraction benchmark. */
  @Command(
      name = "extraction",
      description = "F1/precision/recall of our extractor, readability4j, boilerpipe (run now) and the"
          + " benchmark's published tools, all scored by our implementation of the benchmark metric.")
  static final class Extraction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "DIR", description = "Default: ../shared/data/article-extraction-benchmark")
    Path dataset;

    @Option(names = "--out", paramLabel = "FILE", description = "Write our predictions as {\"<id>\": {\"articleBody\": …}}.")
    Path out;

    @Override
    public Integer call() {
      Path dir = dataset != null ? dataset : BenchmarkDataset.defaultLocation();
      if (!Files.isDirectory(dir)) {
        spec.commandLine().getErr().println("error: " + dir + ": benchmark folder not found (pass --dataset DIR)");
        return 1;
      }
      Report report = ExtractionEvaluation.of(dir).run();
      PrintWriter o = spec.commandLine().getOut();
      o.print(report.table());
      if (out != null) {
        BenchmarkDataset.writeBodies(report.predictions(), out);
        o.println("wrote our predictions to " + out);
      }
      o.flush();
      return 0;
    }
  }
}
