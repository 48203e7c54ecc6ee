package io.uncrowned.guard.cli;

import io.uncrowned.guard.pipeline.IngestListener;
import io.uncrowned.guard.pipeline.IngestOutcome;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows ingest progress: a progress bar on the terminal (off when asked or when there is no terminal), and
 * one line per problem on the error stream as it happens, naming the input.
 */
final class IngestProgress implements IngestListener, AutoCloseable {
  private final PrintWriter err;
  private final ProgressBar bar;
  private long ingested, duplicates, failed;

  IngestProgress(PrintWriter err, boolean showBar, String task) {
    this.err = err;
    this.bar =
        showBar
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build()
            : null;
  }

  @Override
  public void onOutcome(IngestOutcome outcome) {
    if (outcome instanceof IngestOutcome.Failed f) {
      failed++;
      err.println("error: " + f.problem());
      err.flush();
    } else if (outcome instanceof IngestOutcome.Duplicate) {
      duplicates++;
    } else if (outcome instanceof IngestOutcome.Ingested) {
      ingested++;
    }
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(ingested + " new, " + duplicates + " dup, " + failed + " failed");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
