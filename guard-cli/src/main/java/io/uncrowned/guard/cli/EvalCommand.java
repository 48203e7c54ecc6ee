package io.uncrowned.guard.cli;

import io.uncrowned.guard.brief.BriefSettings;
import io.uncrowned.guard.brief.ExtractiveSummarizer;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.eval.extraction.BenchmarkDataset;
import io.uncrowned.guard.eval.extraction.ExtractionEvaluation;
import io.uncrowned.guard.eval.extraction.Report;
import io.uncrowned.guard.eval.geoparse.GeoCorpus;
import io.uncrowned.guard.eval.geoparse.GeoparseEvalMain;
import io.uncrowned.guard.eval.geoparse.GeoparseEvaluation;
import io.uncrowned.guard.eval.summarize.SummarizeEvaluation;
import io.uncrowned.guard.eval.summarize.SummarizeReport;
import io.uncrowned.guard.eval.summarize.SummaryDataset;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.CoreNlpAnnotator;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.ResolverWeights;
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
    subcommands = {
      EvalCommand.Extraction.class,
      EvalCommand.Geoparse.class,
      EvalCommand.Summarize.class,
      EvalEventsCommand.class,
      EvalStoriesCommand.class
    })
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

  /** {@code guard eval geoparse}: toponym resolution (and recognition) on LGL, GeoWebNews or any LGL-layout file. */
  @Command(
      name = "geoparse",
      description = "acc@161 km, mean and median error, AUC (and toponym P/R/F1 end to end) of our geoparser"
          + " beside a population-only baseline, on LGL (lgl), GeoWebNews (gwn) or a file in LGL's layout.")
  static final class Geoparse implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin DataOptions data;

    @Option(names = "--corpus", defaultValue = "lgl", description = "lgl, gwn or a path (default lgl).")
    String corpus;

    @Option(names = "--gold-toponyms", description = "Resolve the gold toponyms (resolution only).")
    boolean gold;

    @Option(names = "--out", paramLabel = "FILE", description = "Write each resolved toponym as TSV.")
    Path out;

    @Override
    public Integer call() {
      Path file = GeoparseEvalMain.corpusFile(corpus);
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("error: " + file + ": corpus not found (lgl, gwn or a path)");
        return 1;
      }
      GeoCorpus read = GeoCorpus.read(file, corpus);
      read.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
      Path dataDir = data.settings().dataDir();
      try (Gazetteer gazetteer = GeoparseEvalMain.lucene(dataDir, GeoparseEvalMain.sharedData().resolve("geonames"))) {
        Annotator annotator = gold ? null : CoreNlpAnnotator.fast();
        io.uncrowned.guard.eval.geoparse.Report report =
            new GeoparseEvaluation(gazetteer, annotator, ResolverWeights.DEFAULT).run(read, gold);
        PrintWriter o = spec.commandLine().getOut();
        o.print(report.table());
        if (out != null) {
          GeoparseEvalMain.write(report, out);
          o.println("wrote " + report.resolved().size() + " resolved toponyms to " + out);
        }
        o.flush();
      }
      return 0;
    }
  }

  /** {@code guard eval summarize}: ROUGE of our TL;DR beside Lead-3 and the data set's systems. */
  @Command(
      name = "summarize",
      description = "ROUGE-1/2/L F1 of our TL;DR, Lead-3 and the lead within the word budget (computed by us) and"
          + " the systems' summaries in the file,"
          + " over all rows and over the tuning (even) and held-out (odd) halves.")
  static final class Summarize implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "FILE", description = "JSONL with doc_id, src, ref_summ or ref_summs."
        + " Default: ../shared/data/summaries/SummEval.jsonl")
    Path dataset;

    @Option(names = "--out", paramLabel = "FILE", description = "Write our summaries as {\"doc_id\":…,\"summary\":…} lines.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N rows.")
    int limit;

    @Option(names = "--words", paramLabel = "N", description = "TL;DR word budget (default 60).")
    Integer words;

    @Override
    public Integer call() {
      Path file = dataset != null ? dataset : SummaryDataset.defaultLocation();
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("error: " + file + ": data set not found (pass --dataset FILE)");
        return 1;
      }
      SummaryDataset.Read read = SummaryDataset.read(file, limit);
      read.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
      BriefSettings settings = words == null ? BriefSettings.DEFAULT : BriefSettings.DEFAULT.withWordBudget(words);
      try (MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
        SummarizeReport report = new SummarizeEvaluation(new ExtractiveSummarizer(embedder, settings),
            settings.wordBudget()).run(read.docs());
        PrintWriter o = spec.commandLine().getOut();
        o.print(report.table());
        if (out != null) {
          report.writeOurs(out);
          o.println("wrote our summaries to " + out);
        }
        o.flush();
      }
      return 0;
    }
  }
}
