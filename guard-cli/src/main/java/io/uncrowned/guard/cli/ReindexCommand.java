package io.uncrowned.guard.cli;

import io.uncrowned.guard.pipeline.GuardEngine;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard reindex}: rebuild the search index from the store. */
@Command(name = "reindex", description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(names = "--no-progress", description = "Hide the progress bar.")
  boolean noProgress;

  @Override
  public Integer call() {
    try (GuardEngine engine = Engines.openForReading(data)) {
      long total = engine.stats().articles();
      long done;
      if (!IngestCommand.showProgress(noProgress)) {
        done = engine.reindex(n -> {});
      } else {
        try (ProgressBar bar =
            new ProgressBarBuilder().setTaskName("reindex").setInitialMax(total).setStyle(ProgressBarStyle.ASCII).build()) {
          done = engine.reindex(bar::stepTo);
        }
      }
      spec.commandLine().getOut().println(done + " articles reindexed");
    }
    return 0;
  }
}
