package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Field coverage of the extractor over the 181 real pages of the article-extraction benchmark (read from the
 * shared data folder; skipped when absent). The benchmark has no gold metadata, so it reports how often each
 * field is found, and checks two fields against what the gold record implies: the canonical URL against the
 * page URL, and the published date against a date in the URL path. Run it with
 * {@code mvn -o -q -pl guard-engine test -Dtest=MetadataCoverageIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class MetadataCoverageIT {
  @Test
  void coverageOnTheBenchmarkPages() throws IOException {
    Path bench = SharedFiles.shared("data/article-extraction-benchmark").orElse(null);
    Assumptions.assumeTrue(bench != null, "article-extraction-benchmark not found; skipping");
    JsonNode gold = new ObjectMapper().readTree(bench.resolve("ground-truth.json").toFile());
    DocumentExtractor extractor = new DocumentExtractor(new MainTextExtractor(), TestModels.languages());
    Map<String, Integer> counts = new TreeMap<>();
    int pages = 0;
    long started = System.nanoTime();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      URI url = URI.create(e.getValue().get("url").asText());
      byte[] body;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(bench.resolve("html/" + e.getKey() + ".html.gz")))) {
        body = in.readAllBytes();
      }
      pages++;
      TextDecoder.Decoded decoded = new TextDecoder().decode(body, null, true);
      counts.merge("charset " + decoded.charset().name() + " via " + decoded.how(), 1, Integer::sum);
      try {
        count(counts, extractor.extract(new RawDocument(e.getKey(), url, BodyKind.HTML, body, null, DocumentHints.NONE, Instant.EPOCH)), url);
      } catch (ExtractionException ex) {
        counts.merge("failed: " + ex.getMessage(), 1, Integer::sum);
      }
    }
    int n = pages;
    System.out.printf("extraction time: %d ms for %d pages (whole run, one thread, includes decoding)%n",
        java.time.Duration.ofNanos(System.nanoTime() - started).toMillis(), n);
    counts.forEach((k, v) -> System.out.printf("%-40s %4d / %d = %.3f%n", k, v, n, (double) v / n));
    assertTrue(counts.getOrDefault("title", 0) >= 0.95 * n, "title coverage");
    assertTrue(counts.getOrDefault("published", 0) >= 0.8 * n, "date coverage");
  }

  private static void count(Map<String, Integer> counts, Article a, URI url) {
    tally(counts, "extracted", true);
    tally(counts, "title", !a.title().isEmpty());
    tally(counts, "byline", a.byline() != null);
    tally(counts, "published", a.published() != null);
    tally(counts, "canonical", a.canonicalUrl() != null);
    tally(counts, "canonical = gold url (no query, no /)", a.canonicalUrl() != null && sameUrl(a.canonicalUrl(), url));
    tally(counts, "image credit", a.imageCredit() != null);
    tally(counts, "author tldr", a.authorTldr() != null);
    tally(counts, "sections >= 1", !a.sections().isEmpty());
    tally(counts, "language en", a.language().equals(Lang.of("en")));
    Dates.fromUrl(url).ifPresent(d -> {
      tally(counts, "url has date", true);
      tally(counts, "url date: published within 2 days",
          a.published() != null && Duration.between(d, a.published()).abs().compareTo(Duration.ofDays(2)) <= 0);
    });
  }

  private static boolean sameUrl(URI a, URI b) {
    return strip(a).equalsIgnoreCase(strip(b));
  }

  private static String strip(URI u) {
    String s = u.getHost().replaceFirst("^www\\.", "") + u.getRawPath();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static void tally(Map<String, Integer> counts, String key, boolean hit) {
    if (hit) {
      counts.merge(key, 1, Integer::sum);
    }
  }
}
