package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML pages to articles, on synthetic fixtures: each metadata field and its source priority. */
class HtmlExtractionTest {
  static final URI PAGE = URI.create("https://tidings.example.org/world/ferry-link");
  private final DocumentExtractor extractor = new DocumentExtractor(new MainTextExtractor(), text -> Lang.of("en"));

  @Test
  void readsEveryFieldOfAFullPage() throws IOException {
    Article a = extractor.extract(html("full-metadata.html", PAGE, DocumentHints.NONE));
    URI canonical = URI.create("https://tidings.example.org/news/2024/05/31/ferry-link?ref=home");
    assertAll(
        () -> assertEquals("Harbour Council Backs New Ferry Link to Mykolaiv", a.title()),
        () -> assertEquals("Example Tidings", a.source()),
        () -> assertEquals("Orla Brennick", a.byline()),
        () -> assertEquals(Instant.parse("2024-05-31T12:20:00Z"), a.published()),
        () -> assertEquals(canonical, a.canonicalUrl()),
        () -> assertEquals(ArticleId.fromUrl(canonical), a.id()),
        () -> assertEquals(PAGE, a.url()),
        () -> assertEquals("Aldous Varga / Tidings Pictures", a.imageCredit()),
        () -> assertEquals(
            "The invented Harbour Council approved a ferry link to Mykolaiv, to open next spring if the budget holds.",
            a.authorTldrText()),
        () -> assertEquals(List.of("Budget and timing", "What comes next"),
            a.sections().stream().map(Section::heading).toList()),
        () -> assertFalse(a.text().contains("Photo:")),
        () -> assertFalse(a.text().startsWith("Harbour Council Backs")),
        () -> assertEquals("page.html", a.origin()));
    Contracts.assertSpansFit(a);
  }

  @Test
  void sectionsRunToTheNextHeading() throws IOException {
    Article a = extractor.extract(html("full-metadata.html", PAGE, DocumentHints.NONE));
    Section budget = a.sections().get(0);
    String body = budget.bodySpan().of(a.text());
    assertTrue(body.startsWith("Council treasurer Ilse Marchetti"), body);
    assertTrue(body.endsWith("which the council accepted."), body);
    // Whether the footer is dropped is the main-text extractor's job; the last section runs to the end.
    assertTrue(a.sections().get(1).bodySpan().of(a.text()).contains("before the first crossing."));
    assertEquals(a.text().length(), a.sections().get(1).bodySpan().end());
  }

  @Test
  void jsonLdFillsWhatMetaTagsLack() {
    String page =
        "<html><head><title>Ignored title | Example Tidings</title>"
            + "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebSite\", \"name\": \"x\"},"
            + "{\"@type\": [\"NewsArticle\"], \"headline\": \"Grain Convoy Reaches Izmail\","
            + "\"datePublished\": \"2024-06-02\", \"author\": {\"name\": \"Pell Arvidsen\"},"
            + "\"publisher\": {\"name\": \"Delta Wire\"}, \"image\": {\"creditText\": \"Delta Wire Photo Desk\"}}]}"
            + "</script></head><body><article><p>" + paragraph() + "</p></article></body></html>";
    Article a = extractor.extract(raw(page, PAGE, DocumentHints.NONE));
    assertAll(
        () -> assertEquals("Grain Convoy Reaches Izmail", a.title()),
        () -> assertEquals("Pell Arvidsen", a.byline()),
        () -> assertEquals("Delta Wire", a.source()),
        () -> assertEquals(Instant.parse("2024-06-02T00:00:00Z"), a.published()),
        () -> assertEquals("Delta Wire Photo Desk", a.imageCredit()));
  }

  @Test
  void malformedJsonLdIsIgnored() {
    String page =
        "<html><head><title>Quay Repairs Finish Early in Odesa - Harbour Post</title>"
            + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
            + "</head><body><p>" + paragraph() + "</p></body></html>";
    Article a = extractor.extract(raw(page, PAGE, DocumentHints.NONE));
    assertEquals("Quay Repairs Finish Early in Odesa", a.title());
    assertNull(a.byline());
  }

  @Test
  void datesComeFromTimeElementsMetaVariantsAndTheUrl() {
    String withTime = "<html><body><article><time datetime='2024-03-04T10:15:00-05:00'>4 March</time><p>"
        + paragraph() + "</p></article></body></html>";
    assertEquals(Instant.parse("2024-03-04T15:15:00Z"), extractor.extract(raw(withTime, PAGE, DocumentHints.NONE)).published());

    String withMeta = "<html><head><meta name='dc.date' content='2023-11-20'></head><body><p>" + paragraph() + "</p></body></html>";
    assertEquals(Instant.parse("2023-11-20T00:00:00Z"), extractor.extract(raw(withMeta, PAGE, DocumentHints.NONE)).published());

    String bare = "<html><body><p>" + paragraph() + "</p></body></html>";
    URI dated = URI.create("https://tidings.example.org/2024/05/31/ferry-link");
    assertEquals(Instant.parse("2024-05-31T00:00:00Z"), extractor.extract(raw(bare, dated, DocumentHints.NONE)).published());

    Instant hinted = Instant.parse("2024-05-31T09:30:00Z");
    DocumentHints hints = new DocumentHints(null, null, hinted, null);
    assertEquals(hinted, extractor.extract(raw(bare, dated, hints)).published());
    assertNull(extractor.extract(raw(bare, PAGE, DocumentHints.NONE)).published());
  }

  @Test
  void ogUrlIsTheCanonicalWhenThereIsNoLinkAndRelativeValuesResolve() {
    String page = "<html><head><meta property='og:url' content='/world/ferry-link-final'></head><body><p>"
        + paragraph() + "</p></body></html>";
    URI expected = URI.create("https://tidings.example.org/world/ferry-link-final");
    Article a = extractor.extract(raw(page, PAGE, DocumentHints.NONE));
    assertEquals(expected, a.canonicalUrl());
    assertEquals(ArticleId.fromUrl(expected), a.id());
  }

  @Test
  void hostileCanonicalValuesAreIgnored() {
    for (String href : List.of("javascript:alert(1)", "data:text/html,hi", "ftp://files.example.org/a",
        "https://user:pw@evil.example.net/", "http:///nohost")) {
      String page = "<html><head><link rel='canonical' href='" + href + "'></head><body><p>" + paragraph()
          + "</p></body></html>";
      Article a = extractor.extract(raw(page, PAGE, DocumentHints.NONE));
      assertNull(a.canonicalUrl(), href);
      assertEquals(ArticleId.fromUrl(PAGE), a.id(), href);
    }
  }

  @Test
  void hintsFillGapsButDoNotOverrideThePage() throws IOException {
    DocumentHints hints = new DocumentHints("Feed title", "Feed Author", Instant.EPOCH, "Feed Source");
    Article full = extractor.extract(html("full-metadata.html", PAGE, hints));
    assertEquals("Harbour Council Backs New Ferry Link to Mykolaiv", full.title());
    assertEquals("Orla Brennick", full.byline());
    assertEquals("Example Tidings", full.source());

    Article bare = extractor.extract(raw("<p>" + paragraph() + "</p>", PAGE, hints));
    assertEquals("Feed title", bare.title());
    assertEquals("Feed Author", bare.byline());
    assertEquals("Feed Source", bare.source());
    assertEquals(Instant.EPOCH, bare.published());
  }

  @Test
  void sourceFallsBackToTheHostThenTheFileName() {
    assertEquals("tidings.example.org",
        extractor.extract(raw("<p>" + paragraph() + "</p>", URI.create("https://www.tidings.example.org/a"), DocumentHints.NONE)).source());
    Article local = extractor.extract(
        new RawDocument("/tmp/briefs/ferry.html", null, BodyKind.HTML, ("<p>" + paragraph() + "</p>").getBytes(StandardCharsets.UTF_8),
            null, DocumentHints.NONE, Instant.EPOCH));
    assertEquals("ferry.html", local.source());
    assertEquals(ArticleId.fromContentHash(local.contentHash()), local.id());
  }

  @Test
  void inlineTldrAndCreditLinesAndByLines() {
    String page = "<html><body><article><h1>Port Cranes Return</h1><p>By Hedda Solberg and Ivo Marsh</p>"
        + "<p>In short: the two cranes damaged in March are working again after repairs by an invented firm.</p>"
        + "<p>" + paragraph() + "</p><p>Photograph: Ivo Marsh</p></article></body></html>";
    Article a = extractor.extract(raw(page, PAGE, DocumentHints.NONE));
    assertAll(
        () -> assertEquals("Port Cranes Return", a.title()),
        () -> assertEquals("Hedda Solberg and Ivo Marsh", a.byline()),
        () -> assertEquals("Ivo Marsh", a.imageCredit()),
        () -> assertEquals("the two cranes damaged in March are working again after repairs by an invented firm.",
            a.authorTldrText()),
        () -> assertTrue(a.text().startsWith("In short: the two cranes")),
        () -> assertFalse(a.text().contains("Photograph")));
  }

  static String paragraph() {
    return "The invented Estuary Board said on Monday that repairs to the northern quay in Odesa were finished "
        + "two weeks early, and that ships could dock there again from the start of next month.";
  }

  static RawDocument raw(String html, URI url, DocumentHints hints) {
    return new RawDocument("page.html", url, BodyKind.HTML, html.getBytes(StandardCharsets.UTF_8), null, hints, Instant.EPOCH);
  }

  private static RawDocument html(String resource, URI url, DocumentHints hints) throws IOException {
    try (InputStream in = HtmlExtractionTest.class.getResourceAsStream(resource)) {
      return new RawDocument("page.html", url, BodyKind.HTML, in.readAllBytes(), null, hints, Instant.EPOCH);
    }
  }
}
