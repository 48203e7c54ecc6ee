package io.uncrowned.guard.eval.bench;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.CollectOptions;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.CoreNlpAnnotator;
import io.uncrowned.guard.understand.nlp.CoreNlpProfile;
import io.uncrowned.guard.understand.nlp.Demonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code guard bench understand}: articles per second and peak heap of the NLP annotator over a synthetic
 * corpus grown from the sample corpus (English articles only), with CoreNLP's per-annotator time breakdown.
 * The geoparser's phase is to be added beside the annotator's.
 */
public final class UnderstandBench {
  /**
   * One measured run.
   *
   * @param loadNanos time to build the annotator (model loading)
   * @param heapAfterLoadBytes heap in use after loading and a GC: what the models cost at rest
   * @param peakHeapBytes peak heap while annotating (sum of the heap pools' peaks)
   * @param breakdown where the time went, one line per part
   */
  public record Result(
      String name,
      int articles,
      long characters,
      long mentions,
      long loadNanos,
      long nanos,
      long heapAfterLoadBytes,
      long peakHeapBytes,
      String breakdown) {
    public double perSecond() {
      return articles / (nanos / 1e9);
    }

    public double millisPerArticle() {
      return nanos / 1e6 / articles;
    }
  }

  private final Collector collector;
  private final Extractor extractor;
  private final int threads;

  public UnderstandBench(Collector collector, Extractor extractor, int threads) {
    this.collector = collector;
    this.extractor = extractor;
    this.threads = threads;
  }

  /** Grows {@code seedCorpus} to {@code documents} pages under {@code workDir} and extracts the articles. */
  public List<Article> corpus(Path seedCorpus, Path workDir, int documents) {
    List<Path> files =
        SyntheticCorpus.from(seedCorpus, collector, extractor).write(workDir.resolve("pages"), documents, 42L);
    List<Article> articles = new ArrayList<>(files.size());
    try {
      for (Path f : files) {
        RawDocument d =
            new RawDocument(
                f.toString(), null, BodyKind.HTML, Files.readAllBytes(f), null, DocumentHints.NONE, Instant.now());
        articles.add(extractor.extract(d));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the synthetic corpus", e);
    } catch (ExtractionException e) {
      throw new IllegalStateException("a synthetic page failed to extract: " + e.getMessage(), e);
    }
    return articles;
  }

  /** Loads CoreNLP with {@code profile}, warms it up, and measures it over {@code articles}. */
  public Result measure(CoreNlpProfile profile, List<Article> articles) {
    PeakMemory.reset();
    long loadStart = System.nanoTime();
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(profile, Demonyms.bundled(), CoreNlpAnnotator.DEFAULT_MAX_CHUNK_CHARS);
    long loadNanos = System.nanoTime() - loadStart;
    annotateAll(annotator, articles.subList(0, Math.min(100, articles.size()))); // JIT warm-up
    PeakMemory.reset();
    long heapAfterLoad = usedHeap();
    long start = System.nanoTime();
    long[] counts = annotateAll(annotator, articles);
    long nanos = System.nanoTime() - start;
    String breakdown = "CoreNLP time per annotator (all threads, warm-up included):\n" + annotator.timingReport();
    return new Result(
        "CoreNLP " + profile.name().toLowerCase() + " (" + threads + " threads)",
        (int) counts[2],
        counts[0],
        counts[1],
        loadNanos,
        nanos,
        heapAfterLoad,
        PeakMemory.peakBytes(),
        breakdown);
  }

  /** Annotates every supported article on {@code threads} threads; returns {characters, mentions, articles}. */
  private long[] annotateAll(Annotator annotator, List<Article> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-understand"));
    AtomicLong chars = new AtomicLong();
    AtomicLong mentions = new AtomicLong();
    AtomicLong analysed = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    Article a = articles.get(i);
                    if (!annotator.supports(a.language())) {
                      continue;
                    }
                    AnnotatedText result = annotator.annotate(a.text(), a.language());
                    chars.addAndGet(a.text().length());
                    mentions.addAndGet(result.mentions().size());
                    analysed.incrementAndGet();
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
      throw new IllegalStateException("annotation crashed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new long[] {chars.get(), mentions.get(), analysed.get()};
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The table printed by the CLI, each run followed by its breakdown. */
  public static String table(List<Result> results) {
    StringBuilder s =
        new StringBuilder(
            String.format(
                "%-30s %8s %9s %9s %9s %10s %12s %12s%n",
                "annotator", "articles", "load s", "seconds", "art/s", "ms/art", "heap loaded", "peak heap"));
    for (Result r : results) {
      s.append(
          String.format(
              "%-30s %8d %9.1f %9.1f %9.1f %10.1f %9d MB %9d MB%n",
              r.name(), r.articles(), r.loadNanos() / 1e9, r.nanos() / 1e9, r.perSecond(), r.millisPerArticle(),
              r.heapAfterLoadBytes() >> 20, r.peakHeapBytes() >> 20));
    }
    for (Result r : results) {
      s.append(String.format("%n%s: %d characters, %d mentions%n%s%n", r.name(), r.characters(), r.mentions(), r.breakdown()));
    }
    return s.toString();
  }

  /**
   * Runs the benchmark until the CLI exposes it. Arguments: seed corpus, work folder, number of articles,
   * threads, then one or more profiles ({@code fast}, {@code default}); e.g. {@code samples/corpus
   * /tmp/bench-understand 2000 2 fast}.
   */
  public static void main(String[] args) {
    if (args.length < 5) {
      System.err.println("usage: UnderstandBench SEED_CORPUS WORK_DIR ARTICLES THREADS PROFILE...");
      System.exit(2);
    }
    UnderstandBench bench =
        new UnderstandBench(
            new InputCollector(CollectOptions.defaults()),
            new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()),
            Integer.parseInt(args[3]));
    List<Article> articles = bench.corpus(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    List<Result> results = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      results.add(bench.measure(CoreNlpProfile.valueOf(args[i].toUpperCase(java.util.Locale.ROOT)), articles));
      System.out.print(table(results.subList(results.size() - 1, results.size())));
    }
    System.out.print(table(results));
  }
}
