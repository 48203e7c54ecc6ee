package io.uncrowned.guard.eval.bench;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.DocumentSink;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.Extractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Grows a small corpus into a large one for benchmarks: every HTML page of the seed corpus serves as a
 * template (its boilerplate kept), and each copy gets a new title and paragraphs drawn at random from all
 * the corpus' paragraphs, so copies are mostly distinct articles rather than duplicates. Seeded: the same
 * seed writes the same files.
 */
public final class SyntheticCorpus {
  private final List<String> templates = new ArrayList<>();
  private final List<String> paragraphs = new ArrayList<>();

  private SyntheticCorpus() {}

  /** Reads the seed corpus: HTML pages become templates, every article's paragraphs the pool. */
  public static SyntheticCorpus from(Path seedCorpus, Collector collector, Extractor extractor) {
    SyntheticCorpus corpus = new SyntheticCorpus();
    collector.collect(
        seedCorpus.toString(),
        new DocumentSink() {
          @Override
          public void accept(RawDocument d) {
            try {
              Article a = extractor.extract(d);
              for (String p : a.text().split("\n\n")) {
                if (p.length() > 80) {
                  corpus.paragraphs.add(p);
                }
              }
              if (d.kind() == BodyKind.HTML && d.declaredCharset() == null) {
                corpus.templates.add(new String(d.body(), StandardCharsets.UTF_8));
              }
            } catch (ExtractionException e) {
              // a bad seed page is simply not used
            }
          }

          @Override
          public void problem(Problem problem) {}
        });
    if (corpus.templates.isEmpty() || corpus.paragraphs.size() < 10) {
      throw new IllegalArgumentException(seedCorpus + ": needs HTML pages and at least 10 paragraphs");
    }
    return corpus;
  }

  /** Writes {@code count} pages as {@code page-N.html} into {@code dir}; returns their paths. */
  public List<Path> write(Path dir, int count, long seed) {
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>(count);
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < count; i++) {
        Path file = dir.resolve("page-" + i + ".html");
        Files.writeString(file, variant(templates.get(i % templates.size()), i, random));
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write the synthetic corpus", e);
    }
    return files;
  }

  private String variant(String template, int n, Random random) {
    Document page = Jsoup.parse(template);
    Elements body = page.select("article p, main p");
    if (body.isEmpty()) {
      body = page.select("p");
    }
    for (Element p : body) {
      p.text(paragraphs.get(random.nextInt(paragraphs.size())));
    }
    for (Element h : page.select("h1, title")) {
      h.text(h.text() + " (synthetic variant " + n + ")");
    }
    for (Element link : page.select("link[rel=canonical], meta[property=og:url]")) {
      String attr = link.hasAttr("href") ? "href" : "content";
      link.attr(attr, "https://bench.example/variant/" + n);
    }
    return page.outerHtml();
  }

  /** The written pages, read into memory as collected HTML documents (so reading is not what is timed). */
  public static List<RawDocument> read(List<Path> files) {
    List<RawDocument> docs = new ArrayList<>(files.size());
    try {
      for (Path f : files) {
        docs.add(
            new RawDocument(
                f.toString(), null, BodyKind.HTML, Files.readAllBytes(f), null, DocumentHints.NONE, Instant.now()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the synthetic corpus", e);
    }
    return docs;
  }
}
