package io.uncrowned.guard.eval.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.collect.CollectOptions;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.CoreNlpAnnotator;
import io.uncrowned.guard.understand.nlp.CoreNlpProfile;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.NerMention;
import io.uncrowned.guard.understand.nlp.NerType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
   * @param nanos wall time annotating
   * @param cpuNanos CPU time of the annotating threads: unlike wall time, it does not grow when other
   *     processes compete for the cores
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
      long cpuNanos,
      long heapAfterLoadBytes,
      long peakHeapBytes,
      String breakdown) {
    public double perSecond() {
      return articles / (nanos / 1e9);
    }

    public double millisPerArticle() {
      return nanos / 1e6 / articles;
    }

    public double cpuMillisPerArticle() {
      return cpuNanos / 1e6 / articles;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
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
      for (RawDocument d : SyntheticCorpus.read(files)) {
        articles.add(extractor.extract(d));
      }
    } catch (ExtractionException e) {
      throw new IllegalStateException("a synthetic page failed to extract: " + e.getMessage(), e);
    }
    return articles;
  }

  /** Loads CoreNLP with {@code profile}, warms it up, and measures it over {@code articles}. */
  public Result measure(CoreNlpProfile profile, List<Article> articles) {
    return measure("CoreNLP " + profile.name().toLowerCase(Locale.ROOT), profile.properties(), articles);
  }

  /** Loads CoreNLP with {@code properties}, warms it up, and measures it over {@code articles}. */
  public Result measure(String name, Properties properties, List<Article> articles) {
    PeakMemory.reset();
    long loadStart = System.nanoTime();
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(properties, Demonyms.bundled(), CoreNlpAnnotator.DEFAULT_MAX_CHUNK_CHARS);
    long loadNanos = System.nanoTime() - loadStart;
    annotateAll(annotator, articles.subList(0, Math.min(100, articles.size()))); // JIT warm-up
    PeakMemory.reset();
    long heapAfterLoad = usedHeap();
    long start = System.nanoTime();
    long[] counts = annotateAll(annotator, articles);
    long nanos = System.nanoTime() - start;
    long peak = PeakMemory.peakBytes();
    String breakdown = "CoreNLP time per annotator (all threads, warm-up included):\n" + annotator.timingReport();
    // CoreNLP keeps loaded models in a static pool for reuse; empty it so the next run loads and counts its own
    StanfordCoreNLP.clearAnnotatorPool();
    return new Result(
        name + " (" + threads + " threads)",
        (int) counts[2],
        counts[0],
        counts[1],
        loadNanos,
        nanos,
        counts[3],
        heapAfterLoad,
        peak,
        breakdown);
  }

  /**
   * What {@code candidate} loses against {@code reference}: per entity class, the share of the reference's
   * mentions that the candidate finds with the same span and class, and the share of the candidate's
   * mentions the reference agrees with.
   */
  public static String agreement(Annotator reference, Annotator candidate, List<Article> articles) {
    Map<NerType, long[]> counts = new EnumMap<>(NerType.class);
    for (Article a : articles) {
      if (!reference.supports(a.language())) {
        continue;
      }
      Set<NerMention> ref = new HashSet<>(reference.annotate(a.text(), a.language()).mentions());
      Set<NerMention> cand = new HashSet<>(candidate.annotate(a.text(), a.language()).mentions());
      for (NerMention m : ref) {
        long[] c = counts.computeIfAbsent(m.type(), k -> new long[3]);
        c[0]++;
        c[2] += cand.contains(m) ? 1 : 0;
      }
      for (NerMention m : cand) {
        counts.computeIfAbsent(m.type(), k -> new long[3])[1]++;
      }
    }
    StringBuilder s = new StringBuilder(String.format("%-13s %10s %10s %8s %10s%n", "class", "reference", "candidate", "same", "recall"));
    for (Map.Entry<NerType, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      s.append(String.format("%-13s %10d %10d %8d %9.1f%%%n", e.getKey(), c[0], c[1], c[2], c[0] == 0 ? 0 : 100.0 * c[2] / c[0]));
    }
    return s.toString();
  }

  /** Annotates every supported article on {@code threads} threads; returns {characters, mentions, articles, CPU nanos}. */
  private long[] annotateAll(Annotator annotator, List<Article> articles) {
    return runAll(
        articles,
        a -> annotator.supports(a.language()) ? annotator.annotate(a.text(), a.language()).mentions().size() : -1);
  }

  /**
   * Measures the whole understanding layer (NLP, entity linking, geoparsing) over {@code articles}, after a
   * warm-up; {@code loadNanos} is what building {@code understander} took.
   */
  public Result measure(String name, Understander understander, long loadNanos, List<Article> articles) {
    runAll(articles.subList(0, Math.min(100, articles.size())), a -> understood(understander, a));
    PeakMemory.reset();
    long heapAfterLoad = usedHeap();
    long start = System.nanoTime();
    long[] counts = runAll(articles, a -> understood(understander, a));
    long nanos = System.nanoTime() - start;
    return new Result(name + " (" + threads + " threads)", (int) counts[2], counts[0], counts[1], loadNanos, nanos,
        counts[3], heapAfterLoad, PeakMemory.peakBytes(), "mentions: entity mentions plus resolved places");
  }

  private static int understood(Understander understander, Article a) {
    Understanding u = understander.understand(a);
    return u.analysed() ? u.entityMentions().size() + u.places().size() : -1;
  }

  /** Runs {@code work} over the articles on the bench's threads; work returns mentions found, or -1 to skip. */
  private long[] runAll(List<Article> articles, java.util.function.ToIntFunction<Article> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-understand"));
    AtomicLong chars = new AtomicLong();
    AtomicLong mentions = new AtomicLong();
    AtomicLong analysed = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  long cpuStart = THREADS.getCurrentThreadCpuTime();
                  for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    Article a = articles.get(i);
                    int found = work.applyAsInt(a);
                    if (found < 0) {
                      continue;
                    }
                    chars.addAndGet(a.text().length());
                    mentions.addAndGet(found);
                    analysed.incrementAndGet();
                  }
                  cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
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
    return new long[] {chars.get(), mentions.get(), analysed.get(), cpu.get()};
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
                "%-30s %8s %7s %8s %8s %8s %9s %11s %11s%n",
                "annotator", "articles", "load s", "seconds", "art/s", "ms/art", "cpu ms/art", "heap loaded",
                "peak heap"));
    for (Result r : results) {
      s.append(
          String.format(
              "%-30s %8d %7.1f %8.1f %8.1f %8.1f %9.1f %8d MB %8d MB%n",
              r.name(), r.articles(), r.loadNanos() / 1e9, r.nanos() / 1e9, r.perSecond(), r.millisPerArticle(),
              r.cpuMillisPerArticle(), r.heapAfterLoadBytes() >> 20, r.peakHeapBytes() >> 20));
    }
    s.append("cpu ms/art: CPU time of the annotating threads per article; 2 idle cores give about 2000 / it art/s.\n");
    for (Result r : results) {
      s.append(String.format("%n%s: %d characters, %d mentions%n%s%n", r.name(), r.characters(), r.mentions(), r.breakdown()));
    }
    return s.toString();
  }

  /**
   * Runs the benchmark until the CLI exposes it. Arguments: seed corpus, work folder, number of articles,
   * threads, then one or more profiles ({@code fast}, {@code default}); e.g. {@code samples/corpus
   * /tmp/bench-understand 2000 2 fast}. With {@code compare N} instead of profiles, prints how the fast
   * profile's mentions agree with the default's on the first N articles.
   */
  public static void main(String[] args) {
    if (args.length < 5) {
      System.err.println("usage: UnderstandBench SEED_CORPUS WORK_DIR ARTICLES THREADS (PROFILE... | compare N)");
      System.exit(2);
    }
    UnderstandBench bench =
        new UnderstandBench(
            new InputCollector(CollectOptions.defaults()),
            new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()),
            Integer.parseInt(args[3]));
    List<Article> articles = bench.corpus(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    if (args[4].equals("compare")) {
      List<Article> slice = articles.subList(0, Math.min(articles.size(), Integer.parseInt(args[5])));
      Demonyms d = Demonyms.bundled();
      int max = CoreNlpAnnotator.DEFAULT_MAX_CHUNK_CHARS;
      System.out.print(
          agreement(new CoreNlpAnnotator(CoreNlpProfile.DEFAULT, d, max), new CoreNlpAnnotator(CoreNlpProfile.FAST, d, max), slice));
      return;
    }
    List<Result> results = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      results.add(bench.measure(CoreNlpProfile.valueOf(args[i].toUpperCase(Locale.ROOT)), articles));
    }
    System.out.print(table(results));
  }
}
