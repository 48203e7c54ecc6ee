package io.uncrowned.guard.eval.bench;

import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.pipeline.EngineConfig;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.IngestListener;
import io.uncrowned.guard.pipeline.IngestReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code guard bench ingest}: pages per second for extraction alone and for the whole ingest (collect,
 * extract, dedupe, store, index) on a synthetic corpus grown from the sample corpus, and peak heap of each.
 */
public final class IngestBench {
  /** One measured phase. */
  public record Phase(String name, int documents, long nanos, long peakHeapBytes, String note) {
    public double perSecond() {
      return documents / (nanos / 1e9);
    }
  }

  private final Collector collector;
  private final Extractor extractor;
  private final int threads;

  public IngestBench(Collector collector, Extractor extractor, int threads) {
    this.collector = collector;
    this.extractor = extractor;
    this.threads = threads;
  }

  /** Grows {@code seedCorpus} to {@code documents} pages under {@code workDir} and measures both phases. */
  public List<Phase> run(Path seedCorpus, Path workDir, int documents) {
    List<Path> files =
        SyntheticCorpus.from(seedCorpus, collector, extractor).write(workDir.resolve("pages"), documents, 42L);
    List<RawDocument> docs = SyntheticCorpus.read(files);
    extractAll(docs.subList(0, Math.min(500, docs.size()))); // warm-up: JIT and model loading
    List<Phase> phases = new ArrayList<>();
    phases.add(measureExtraction(docs));
    phases.add(measureIngest(workDir, files.get(0).getParent(), documents));
    return phases;
  }

  private Phase measureExtraction(List<RawDocument> docs) {
    PeakMemory.reset();
    long start = System.nanoTime();
    int failed = extractAll(docs);
    long nanos = System.nanoTime() - start;
    return new Phase(
        "extraction (" + threads + " threads)", docs.size(), nanos, PeakMemory.peakBytes(), failed + " failed");
  }

  private Phase measureIngest(Path workDir, Path pages, int documents) {
    Path data = workDir.resolve("data");
    PeakMemory.reset();
    long start = System.nanoTime();
    IngestReport report;
    try (GuardEngine engine =
        GuardEngine.open(
            new EngineConfig(data, threads, 200, EngineConfig.DEFAULT_NEAR_THRESHOLD), collector, extractor)) {
      report = engine.ingest(List.of(pages.toString()), IngestListener.NONE);
    }
    long nanos = System.nanoTime() - start;
    return new Phase("whole ingest (" + threads + " threads)", documents, nanos, PeakMemory.peakBytes(), report.summary());
  }

  private int extractAll(List<RawDocument> docs) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-extract"));
    AtomicInteger failed = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      int chunk = Math.max(1, docs.size() / (threads * 8));
      for (int i = 0; i < docs.size(); i += chunk) {
        List<RawDocument> part = docs.subList(i, Math.min(docs.size(), i + chunk));
        futures.add(
            pool.submit(
                () -> {
                  for (RawDocument d : part) {
                    try {
                      extractor.extract(d);
                    } catch (ExtractionException e) {
                      failed.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction crashed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return failed.get();
  }

  /** The table printed by the CLI. */
  public static String table(List<Phase> phases) {
    StringBuilder s = new StringBuilder(String.format("%-32s %8s %10s %12s %12s  %s%n", "phase", "docs", "seconds", "docs/s", "peak heap", "note"));
    for (Phase p : phases) {
      s.append(
          String.format(
              "%-32s %8d %10.2f %12.1f %9d MB  %s%n",
              p.name(), p.documents(), p.nanos() / 1e9, p.perSecond(), p.peakHeapBytes() >> 20, p.note()));
    }
    return s.toString();
  }
}
