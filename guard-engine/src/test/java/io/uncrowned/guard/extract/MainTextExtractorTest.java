package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {
  private final MainTextExtractor extractor = new MainTextExtractor();

  @Test
  void keepsArticleBlocksInOrderWithTheirKinds() throws IOException {
    MainText main = extractor.extract(page("news-page-with-boilerplate.html"));

    List<String> starts = main.blocks().stream().map(b -> b.kind() + " " + b.text().substring(0, Math.min(20, b.text().length()))).toList();
    assertEquals(List.of(
        "PARAGRAPH The ferry line betwe",
        "PARAGRAPH Engineers replaced t",
        "HEADING Timetable changes",
        "PARAGRAPH For the first month ",
        "LIST_ITEM Early crossings star",
        "LIST_ITEM The last evening cro",
        "QUOTE We would rather run ",
        "HEADING Commuters relieved",
        "PARAGRAPH Regular passengers, "), starts);
  }

  @Test
  void leavesBoilerplateOut() throws IOException {
    String text = extractor.extract(page("news-page-with-boilerplate.html")).text();
    for (String boilerplate : List.of("cookies", "Local", "Share on", "Ferry line to reopen", "Marit Osterhaug",
        "Photo:", "Advertisement", "newsletter", "Ferries", "Related stories", "electric ferry", "nightmare",
        "leased a second vessel", "All rights reserved", "Privacy", "dataLayer")) {
      assertFalse(text.contains(boilerplate), () -> "boilerplate left in: " + boilerplate + "\n" + text);
    }
  }

  @Test
  void normalisesWhitespaceAndKeepsNoEmptyBlocks() throws IOException {
    for (TextBlock b : extractor.extract(page("news-page-with-boilerplate.html")).blocks()) {
      assertFalse(b.text().isBlank());
      assertEquals(b.text().strip(), b.text());
      assertFalse(b.text().contains("  ") || b.text().contains("\n"), b.text());
    }
  }

  @Test
  void keepsEveryPartOfASplitArticleInsideAPageWideForm() throws IOException {
    MainText main = extractor.extract(page("article-split-by-images-inside-form.html"));

    String text = main.text();
    assertTrue(text.startsWith("When the botanist Ilse Varga"), text);
    assertTrue(text.contains("A slow start"), text);
    assertTrue(text.endsWith("without adding too much weight."), text);
    assertFalse(text.contains("swifts"), text);
    assertFalse(text.contains("How moss keeps a roof cool"), text);
    assertEquals(5, main.blocks().size());
  }

  @Test
  void isDeterministicAndLeavesThePageUnchanged() throws IOException {
    Document doc = page("news-page-with-boilerplate.html");
    String before = doc.outerHtml();
    MainText first = extractor.extract(doc);
    assertEquals(first, extractor.extract(doc));
    assertEquals(before, doc.outerHtml());
  }

  @Test
  void givesTheSameAnswersUnderConcurrentUse() throws Exception {
    List<Document> docs = List.of(page("news-page-with-boilerplate.html"), page("article-split-by-images-inside-form.html"));
    List<MainText> expected = docs.stream().map(extractor::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "extractor-test"));
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int k = i % docs.size();
        runs.add(pool.submit(() -> extractor.extract(docs.get(k)).equals(expected.get(k))));
      }
      for (Future<Boolean> run : runs) {
        assertTrue(run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void linkTextStandsApartOnlyWhereItWouldGlueWords() {
    // Synthetic sentences: an invented program name in Japanese text, an invented agency in English.
    Document page = Jsoup.parse("<html><body><article>"
        + "<p>管理ソフト<a href='/k'>LockBoxer</a>の起動ショートカットキーと同じなのです。</p>"
        + "<p>The report was confirmed on Friday, said <a href='/a'>Fenwick News Agency</a>, citing officials.</p>"
        + "</article></body></html>");
    List<String> texts = extractor.extract(page).blocks().stream().map(TextBlock::text).toList();
    assertEquals(List.of("管理ソフト LockBoxer の起動ショートカットキーと同じなのです。",
        "The report was confirmed on Friday, said Fenwick News Agency, citing officials."), texts);
  }

  @Test
  void survivesVeryDeepNesting() {
    String open = "<div class='comment-region'>".repeat(5000);
    String close = "</div>".repeat(5000);
    Document page = Jsoup.parse("<html><body>" + open
        + "<p>A synthetic paragraph buried deep in nested boxes, long enough to count as text.</p>" + close
        + "</body></html>");
    assertEquals(1, extractor.extract(page).blocks().size());
  }

  @Test
  void emptyPagesGiveNoBlocks() {
    assertEquals(List.of(), extractor.extract(Jsoup.parse("")).blocks());
    assertEquals(List.of(), extractor.extract(Jsoup.parse("<html><body><nav><a href='/'>Home</a></nav></body></html>")).blocks());
  }

  private static Document page(String name) throws IOException {
    try (InputStream in = MainTextExtractorTest.class.getResourceAsStream(name)) {
      return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://example.invalid/" + name);
    }
  }
}
