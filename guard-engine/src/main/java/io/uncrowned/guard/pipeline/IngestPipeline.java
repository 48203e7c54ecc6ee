package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.collect.DocumentSink;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.Understanding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Ingests inputs: collects documents, extracts them on a pool of threads, and hands the results to the
 * single writer in input order, so "first seen is the original" holds however the threads interleave.
 */
public final class IngestPipeline {
  private final Collector collector;
  private final Extractor extractor;
  private final Understander understander;
  private final ArticleWriter writer;
  private final ExecutorService pool;
  private final int window;

  IngestPipeline(
      Collector collector,
      Extractor extractor,
      Understander understander,
      ArticleWriter writer,
      ExecutorService pool,
      int threads) {
    this.collector = collector;
    this.extractor = extractor;
    this.understander = understander;
    this.writer = writer;
    this.pool = pool;
    this.window = Math.max(2, threads * 4);
  }

  /** Ingests every input in order; problems are reported, never thrown. */
  public IngestReport ingest(List<String> inputs, IngestListener listener) {
    Run run = new Run(listener);
    for (String input : inputs) {
      collector.collect(input, run);
    }
    run.drainAll();
    writer.commit();
    return run.tally.report();
  }

  /** One ingest run: the in-flight window of extractions and the tally. */
  private final class Run implements DocumentSink {
    private final Deque<Future<Extraction>> inFlight = new ArrayDeque<>();
    private final Tally tally = new Tally();
    private final IngestListener listener;

    Run(IngestListener listener) {
      this.listener = listener;
    }

    @Override
    public void accept(RawDocument document) {
      inFlight.add(pool.submit(() -> extract(document)));
      drainTo(window);
    }

    @Override
    public void problem(Problem problem) {
      inFlight.add(CompletableFuture.completedFuture(Extraction.failed(problem)));
      drainTo(window);
    }

    void drainAll() {
      drainTo(0);
    }

    private void drainTo(int keep) {
      while (inFlight.size() > keep) {
        IngestOutcome outcome = finish(inFlight.poll());
        tally.add(outcome);
        listener.onOutcome(outcome);
      }
    }

    private IngestOutcome finish(Future<Extraction> future) {
      try {
        Extraction extracted = future.get();
        return extracted.article() != null
            ? writer.write(extracted.article(), extracted.understanding())
            : new IngestOutcome.Failed(extracted.problem());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("extraction crashed", e.getCause());
      }
    }
  }

  private Extraction extract(RawDocument document) {
    Article article;
    try {
      article = extractor.extract(document);
    } catch (ExtractionException e) {
      return Extraction.failed(new Problem(e.input(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug on one hostile page must not end the batch.
      return Extraction.failed(
          new Problem(
              document.input(),
              "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    return new Extraction(article, understand(article), null);
  }

  /** A failure of the understanding layer on one article leaves the article stored, marked not analysed. */
  private Understanding understand(Article article) {
    try {
      return understander.understand(article);
    } catch (RuntimeException | StackOverflowError e) {
      return Understanding.notAnalysed(
          "not analysed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The result of extracting one document: an article and its understanding, or the problem that stopped it. */
  private record Extraction(Article article, Understanding understanding, Problem problem) {
    static Extraction failed(Problem problem) {
      return new Extraction(null, null, problem);
    }
  }

  /** Counts outcomes and keeps the first problems. */
  private static final class Tally {
    private long ingested, updated, unchanged, duplicates, failed;
    private final List<Problem> problems = new ArrayList<>();

    void add(IngestOutcome o) {
      if (o instanceof IngestOutcome.Ingested) {
        ingested++;
      } else if (o instanceof IngestOutcome.Updated) {
        updated++;
      } else if (o instanceof IngestOutcome.Unchanged) {
        unchanged++;
      } else if (o instanceof IngestOutcome.Duplicate) {
        duplicates++;
      } else if (o instanceof IngestOutcome.Failed f) {
        failed++;
        if (problems.size() < IngestReport.MAX_PROBLEMS) {
          problems.add(f.problem());
        }
      }
    }

    IngestReport report() {
      return new IngestReport(ingested, updated, unchanged, duplicates, failed, problems);
    }
  }
}
