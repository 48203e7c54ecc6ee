package io.uncrowned.guard.cli;

import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.IngestReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guard ingest INPUT…}: files, folders and http(s) URLs into the store and index. */
@Command(
    name = "ingest",
    description = "Ingest files, folders (recursively) and http(s) URLs: HTML, text briefs, JSON Lines,"
        + " RSS/Atom, WARC. Prints \"N ingested, N duplicates, N failed\"; exits 1 when anything failed.")
final class IngestCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or http(s) URLs.")
  List<String> inputs;

  @Option(names = "--allow-private", description = "Allow fetching from private and loopback addresses.")
  boolean allowPrivate;

  @Option(names = "--no-progress", description = "Hide the progress bar.")
  boolean noProgress;

  @Option(
      names = "--no-understand",
      description = "Store articles without entities and places (no gazetteer or NLP models needed).")
  boolean noUnderstand;

  @Override
  public Integer call() {
    if (noUnderstand) {
      data.set.put("understand.enabled", "false");
    }
    GuardSettings settings = data.settings();
    try (GuardEngine engine = Engines.openForIngest(data, allowPrivate)) {
      IngestReport report = run(engine, inputs, showProgress(noProgress), spec);
      placeInStories(engine, settings, report);
      return report.nothingFailed() ? 0 : 1;
    }
  }

  /**
   * Puts the new articles into developing stories now, in arrival order, so that readers (CLI or server)
   * find them placed; they would otherwise be placed on the next read. Nothing to do without understanding
   * (stories need entities and embeddings) or when nothing new was stored.
   */
  static void placeInStories(GuardEngine engine, GuardSettings settings, IngestReport report) {
    if (!settings.understand() || report.ingested() == 0) {
      return;
    }
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(1)) {
      engine.placeInStories(embedder, Engines.storyWeights(settings));
    }
  }

  /** A bar only on a terminal: redirected output gets the problems and the summary line, not redraws. */
  static boolean showProgress(boolean noProgress) {
    return !noProgress && System.console() != null;
  }

  static IngestReport run(GuardEngine engine, List<String> inputs, boolean bar, CommandSpec spec) {
    IngestReport report;
    try (IngestProgress progress = new IngestProgress(spec.commandLine().getErr(), bar, "ingest")) {
      report = engine.ingest(inputs, progress);
    }
    spec.commandLine().getOut().println(report.summary());
    spec.commandLine().getOut().flush();
    return report;
  }
}
