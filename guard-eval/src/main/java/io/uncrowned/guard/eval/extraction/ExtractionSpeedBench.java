package io.uncrowned.guard.eval.extraction;

import io.uncrowned.guard.extract.MainTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extraction speed, ours against readability4j in the same run: the pages are parsed once, both
 * extractors warm up, then each runs over all pages for the given number of rounds. Every extraction of
 * both starts from a fresh copy of the parsed page, because readability4j edits the tree it reads; the
 * copy costs both the same.
 */
public final class ExtractionSpeedBench {
  private static final String BASE = "https://bench.invalid/";
  private final List<Document> pages;

  private ExtractionSpeedBench(List<Document> pages) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to time");
    }
    this.pages = List.copyOf(pages);
  }

  /** Times the given HTML texts. */
  public static ExtractionSpeedBench ofHtml(List<String> html) {
    return new ExtractionSpeedBench(html.stream().map(h -> Jsoup.parse(h, BASE)).toList());
  }

  /** Times HTML files ({@code .html} or gzip-compressed {@code .html.gz}), decoded by charset sniffing. */
  public static ExtractionSpeedBench ofFiles(List<Path> files) {
    List<Document> docs = new ArrayList<>();
    for (Path f : files) {
      try (InputStream raw = Files.newInputStream(f);
          InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        docs.add(Jsoup.parse(new ByteArrayInputStream(in.readAllBytes()), null, BASE));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return new ExtractionSpeedBench(docs);
  }

  /** Times the article-extraction benchmark's pages. */
  public static ExtractionSpeedBench ofDataset(Path dataset) {
    return new ExtractionSpeedBench(BenchmarkDataset.at(dataset).pages().stream().map(BenchmarkPage::document).toList());
  }

  /**
   * Runs one warm-up round per extractor, then {@code rounds} timed rounds each.
   *
   * @param rounds how many times every page is extracted by each system, at least 1
   */
  public Result run(int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
    }
    MainTextExtractor ours = new MainTextExtractor();
    List<String> names = List.of("guard (ours)", "readability4j", "copy only");
    List<Consumer<Document>> systems = List.of(
        doc -> ours.extract(doc),
        doc -> new Readability4J(BASE, doc).parse(),
        // The floor both share: copying the parsed page, with no extraction at all.
        doc -> { });
    systems.forEach(this::pass);
    long[] nanos = new long[systems.size()];
    long[] peaks = new long[systems.size()];
    long[] allocated = new long[systems.size()];
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    // Rounds alternate between systems so that load from other processes falls on all of them alike.
    for (int r = 0; r < rounds; r++) {
      for (int s = 0; s < systems.size(); s++) {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long bytes = allocatedBytes();
        long start = System.nanoTime();
        pass(systems.get(s));
        nanos[s] += System.nanoTime() - start;
        allocated[s] += allocatedBytes() - bytes;
        peaks[s] = Math.max(peaks[s], heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int s = 0; s < systems.size(); s++) {
      long extractions = (long) pages.size() * rounds;
      rows.add(new Row(names.get(s), extractions / (nanos[s] / 1e9), nanos[s], peaks[s], allocated[s] / extractions));
    }
    return new Result(pages.size(), rounds, rows);
  }

  // Bytes this thread has allocated so far, or 0 where the JVM cannot tell.
  private static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
      return t.getCurrentThreadAllocatedBytes();
    }
    return 0;
  }

  private void pass(Consumer<Document> extractor) {
    for (Document page : pages) {
      try {
        extractor.accept(page.clone());
      } catch (RuntimeException | StackOverflowError e) {
        // A page one system cannot handle is still timed; the evaluation counts it as a failure.
      }
    }
  }

  /**
   * One system's speed.
   *
   * @param pagesPerSecond pages extracted per second of wall time, one thread
   * @param nanos wall time of all timed rounds
   * @param peakHeapBytes the largest sum of the heap pools' peak usage over one pass, after a GC; it
   *     includes the parsed pages held for the run and garbage not yet collected (an upper bound)
   * @param allocatedBytesPerPage bytes allocated per extraction, including the page copy (0 if unknown)
   */
  public record Row(String name, double pagesPerSecond, long nanos, long peakHeapBytes, long allocatedBytesPerPage) {}

  /** The outcome of a run. */
  public record Result(int pages, int rounds, List<Row> rows) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** The table printed by {@code guard bench ingest}. */
    public String table() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "extraction speed, %d pages x %d rounds, one thread, parsed once (fresh copy per extraction)%n", pages, rounds));
      sb.append(String.format(Locale.ROOT, "%-16s %10s %10s %14s %16s%n", "system", "pages/s", "ms/page", "peak heap MB",
          "allocated KB/page"));
      for (Row r : rows) {
        sb.append(String.format(Locale.ROOT, "%-16s %10.1f %10.3f %14.1f %16.1f%n", r.name(), r.pagesPerSecond(),
            1000.0 / r.pagesPerSecond(), r.peakHeapBytes() / 1048576.0, r.allocatedBytesPerPage() / 1024.0));
      }
      return sb.toString();
    }
  }

  /** {@code [--dataset DIR] [--rounds N] [FILE…]}: times the files if any are given, else the dataset. */
  public static void main(String[] args) {
    Path dataset = BenchmarkDataset.defaultLocation();
    int rounds = 5;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dataset" -> dataset = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    ExtractionSpeedBench bench = files.isEmpty() ? ofDataset(dataset) : ofFiles(files);
    System.out.print(bench.run(rounds).table());
  }
}
