package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The stage contract on damaged input: every document yields an article whose spans fit its text, or an
 * {@link ExtractionException}; nothing else escapes, and the same input gives the same article.
 */
class ExtractorContractTest {
  private static final String[] SPLICES = {
    "<", ">", "</p>", "<h2>", "TL;DR:", "\n\n", "Photo: ", "<script type='application/ld+json'>{", "\u0000",
    "<meta charset=utf-16>", "<link rel=canonical href='http://[::1'>", "<time datetime='2024-99-99'>", "\uFEFF"
  };

  private final DocumentExtractor extractor = new DocumentExtractor(new MainTextExtractor(), text -> Lang.of("en"));

  @Test
  void damagedDocumentsYieldValidArticlesOrExtractionExceptions() throws IOException {
    byte[] page = resource("full-metadata.html");
    byte[] brief = ("Site\nSite\n\nTitle Line\n\nTL;DR: short summary here.\n\nHeading\n\nBody text.\n\n"
        + "Image Credit: Someone").getBytes(StandardCharsets.UTF_8);
    Random random = new Random(20240531L);
    for (int i = 0; i < 400; i++) {
      BodyKind kind = i % 2 == 0 ? BodyKind.HTML : BodyKind.TEXT;
      byte[] damaged = damage(i % 4 < 2 ? page : brief, random);
      RawDocument doc = new RawDocument("case " + i, null, kind, damaged, i % 3 == 0 ? "utf-8" : null,
          DocumentHints.NONE, Instant.EPOCH);
      try {
        Article a = extractor.extract(doc);
        Contracts.assertSpansFit(a);
        assertEquals(a, extractor.extract(doc), "deterministic on case " + i);
      } catch (ExtractionException expected) {
        assertEquals("case " + i, expected.input());
      }
    }
  }

  @Test
  void concurrentUseGivesTheSameArticles() throws Exception {
    byte[] page = resource("full-metadata.html");
    DocumentExtractor shared = new DocumentExtractor(new MainTextExtractor(), TestModels.languages());
    RawDocument doc = new RawDocument("page", null, BodyKind.HTML, page, null, DocumentHints.NONE, Instant.EPOCH);
    Article expected = shared.extract(doc);
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "extract-contract-test"));
    try {
      List<Future<Article>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> shared.extract(doc)));
      }
      for (Future<Article> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] damage(byte[] original, Random random) {
    byte[] b = Arrays.copyOf(original, 1 + random.nextInt(original.length));
    for (int k = random.nextInt(6); k > 0; k--) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    String s = new String(b, StandardCharsets.ISO_8859_1);
    for (int k = random.nextInt(4); k > 0; k--) {
      int at = random.nextInt(s.length() + 1);
      s = s.substring(0, at) + SPLICES[random.nextInt(SPLICES.length)] + s.substring(at);
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ExtractorContractTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
