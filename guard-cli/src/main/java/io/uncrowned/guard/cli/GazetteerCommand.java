package io.uncrowned.guard.cli;

import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerProgress;
import io.uncrowned.guard.understand.places.gazetteer.ImportReport;
import io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard gazetteer …}: the GeoNames gazetteer places are resolved against. */
@Command(
    name = "gazetteer",
    description = "Install or inspect the GeoNames gazetteer (data: GeoNames, CC BY 4.0).",
    subcommands = {GazetteerCommand.Install.class, GazetteerCommand.Info.class})
final class GazetteerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code guard gazetteer install}. */
  @Command(
      name = "install",
      description = "Build the gazetteer index from a folder of GeoNames files (--from), or download the"
          + " official dumps (cities500, admin codes, country table) with progress and checks.")
  static final class Install implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", description = "Folder of GeoNames files (e.g. ../shared/data/geonames).")
    Path from;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where to download from (default: GeoNames' dump folder).")
    URI baseUrl;

    @Option(names = "--no-progress", description = "Hide the progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
      GuardSettings settings = data.settings();
      GazetteerInstaller installer = new GazetteerInstaller();
      ImportReport report;
      try (Progress progress = new Progress(IngestCommand.showProgress(noProgress))) {
        report =
            from != null
                ? installer.installFrom(from, settings.dataDir(), progress)
                : installer.download(baseUrl != null ? baseUrl : GazetteerInstaller.GEONAMES_DUMPS, settings.dataDir(), progress);
      }
      PrintWriter out = spec.commandLine().getOut();
      report.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
      out.printf("gazetteer installed in %s: %d places, %d alternate names (%d built for countries and regions), %d s%n",
          settings.dataDir().resolve(GazetteerInstaller.INDEX_FOLDER), report.places(), report.alternateNames(),
          report.synthesized(), report.elapsed().toSeconds());
      out.println("Place data: GeoNames (geonames.org), CC BY 4.0.");
      out.flush();
      return 0;
    }
  }

  /** {@code guard gazetteer info}. */
  @Command(name = "info", description = "Show what the installed gazetteer holds.")
  static final class Info implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (LuceneGazetteer g = LuceneGazetteer.open(data.settings().dataDir())) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d entries%n", g.location(), g.size());
        g.metadata().forEach((k, v) -> out.printf("  %s: %s%n", k, v));
        out.flush();
      }
      return 0;
    }
  }

  /** A progress bar per step (one file read or downloaded), on the terminal only. */
  static final class Progress implements GazetteerProgress, AutoCloseable {
    private final boolean show;
    private ProgressBar bar;
    private String step;

    Progress(boolean show) {
      this.show = show;
    }

    @Override
    public void update(String step, long done, long total) {
      if (!show) {
        return;
      }
      if (!step.equals(this.step)) {
        close();
        this.step = step;
        bar = new ProgressBarBuilder().setTaskName(step).setInitialMax(total).setStyle(ProgressBarStyle.ASCII).build();
      }
      bar.stepTo(done);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
