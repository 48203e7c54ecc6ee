package io.uncrowned.guard.eval.bench;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.brief.Summarizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time the brief stage adds per article: the summarizer (sentence split, embeddings, scoring, selection) over
 * given articles on a fixed number of threads, after one warm-up pass. Articles are briefed without CoreNLP
 * sentences or entities, as a not-analysed article is; with them the work is the same minus the splitting.
 */
public final class BriefBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * One measured run.
   *
   * @param nanos wall time of the measured passes
   * @param cpuNanos CPU time of the briefing threads (does not grow when other processes compete)
   */
  public record Result(int threads, int articles, long nanos, long cpuNanos) {
    public double millisPerArticle() {
      return nanos / 1e6 / articles;
    }

    public double cpuMillisPerArticle() {
      return cpuNanos / 1e6 / articles;
    }

    public double perSecond() {
      return articles / (nanos / 1e9);
    }
  }

  private final Summarizer summarizer;
  private final int threads;

  public BriefBench(Summarizer summarizer, int threads) {
    this.summarizer = summarizer;
    this.threads = Math.max(1, threads);
  }

  /** Briefs {@code articles} once to warm up, then {@code passes} times measured. */
  public Result measure(List<Article> articles, int passes) {
    run(articles);
    long start = System.nanoTime();
    long cpu = 0;
    for (int p = 0; p < passes; p++) {
      cpu += run(articles);
    }
    return new Result(threads, articles.size() * passes, System.nanoTime() - start, cpu);
  }

  /** One pass on the pool; returns the CPU nanoseconds its threads spent. */
  private long run(List<Article> articles) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpu = new AtomicLong();
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "brief-bench-" + names.incrementAndGet()));
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          long before = THREADS.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
            summarizer.summarize(articles.get(i), null, List.of());
          }
          cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - before);
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a brief failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return cpu.get();
  }
}
