package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole-document behaviour: failures with clear reasons, identity, hashing, decoding end to end. */
class DocumentExtractorTest {
  private final DocumentExtractor extractor = new DocumentExtractor(new MainTextExtractor(), TestModels.languages());

  @Test
  void emptyDocumentsThrowWithTheInputNamed() {
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(doc(BodyKind.HTML, new byte[0], null)));
    assertEquals("empty document", e.getMessage());
    assertEquals("doc-1", e.input());
    ExtractionException blank =
        assertThrows(ExtractionException.class, () -> extractor.extract(doc(BodyKind.TEXT, "\n \n\t\n".getBytes(StandardCharsets.UTF_8), null)));
    assertEquals("no article text found", blank.getMessage());
  }

  @Test
  void htmlWithoutTextThrows() {
    byte[] page = "<html><head><title>Only a title</title></head><body><nav>Home</nav></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(doc(BodyKind.HTML, page, null)));
    assertEquals("no article text found", e.getMessage());
  }

  @Test
  void binaryJunkThrows() {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    for (BodyKind kind : BodyKind.values()) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(doc(kind, junk, null)));
      assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    assertThrows(ExtractionException.class, () -> extractor.extract(doc(BodyKind.HTML, png, null)));
  }

  @Test
  void undeclaredWindows1251PageComesOutRussian() {
    String page = "<html><body><h1>Паром в Николаев</h1><p>" + OpenNlpLanguageDetectorTest.RUSSIAN + "</p></body></html>";
    Article a = extractor.extract(doc(BodyKind.HTML, page.getBytes(Charset.forName("windows-1251")), null));
    assertEquals("Паром в Николаев", a.title());
    assertEquals(OpenNlpLanguageDetectorTest.RUSSIAN, a.text());
    assertEquals(Lang.of("ru"), a.language());
  }

  @Test
  void detectsLanguageOfTheText() {
    Article de = extractor.extract(doc(BodyKind.TEXT, OpenNlpLanguageDetectorTest.GERMAN.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(Lang.of("de"), de.language());
    Article fr = extractor.extract(doc(BodyKind.TEXT, OpenNlpLanguageDetectorTest.FRENCH.getBytes(StandardCharsets.ISO_8859_1), "utf-8"));
    assertEquals(OpenNlpLanguageDetectorTest.FRENCH, fr.text());
    assertEquals(Lang.of("fr"), fr.language());
  }

  @Test
  void aDeclaredLanguageCountsOnlyWhenDetectionCannotTell() {
    String shortPage = "<html lang='pt-BR'><body><p>Olá!</p></body></html>";
    assertEquals(Lang.of("pt"), extractor.extract(doc(BodyKind.HTML, shortPage.getBytes(StandardCharsets.UTF_8), null)).language());
    String mislabelled = "<html lang='en'><body><p>" + OpenNlpLanguageDetectorTest.GERMAN + "</p></body></html>";
    assertEquals(Lang.of("de"), extractor.extract(doc(BodyKind.HTML, mislabelled.getBytes(StandardCharsets.UTF_8), null)).language());
  }

  @Test
  void identityFollowsTheUrlElseTheContent() {
    byte[] body = ("<p>" + HtmlExtractionTest.paragraph() + "</p>").getBytes(StandardCharsets.UTF_8);
    URI url = URI.create("https://tidings.example.org/a");
    Article withUrl = extractor.extract(new RawDocument("x", url, BodyKind.HTML, body, null, DocumentHints.NONE, Instant.EPOCH));
    assertEquals(ArticleId.fromUrl(url), withUrl.id());
    Article without = extractor.extract(doc(BodyKind.HTML, body, null));
    assertEquals(ArticleId.fromContentHash(without.contentHash()), without.id());
    assertEquals(withUrl.contentHash(), without.contentHash());
    assertEquals(without, extractor.extract(doc(BodyKind.HTML, body, null)), "deterministic");
  }

  @Test
  void contentHashIgnoresCaseWidthAndSpacingButNotWords() {
    String h = DocumentExtractor.contentHash("Ferry link  approved.\n\nNext step.");
    assertEquals(h, DocumentExtractor.contentHash("FERRY LINK approved. Next step."));
    assertEquals(h, DocumentExtractor.contentHash("Ｆｅｒｒｙ link approved.\tNext step."));
    assertNotEquals(h, DocumentExtractor.contentHash("Ferry link rejected. Next step."));
  }

  @Test
  void aSummaryBoxMissingFromTheMainTextIsAddedFirst() {
    String page = "<html><body><article><h1>Port Cranes Return</h1>"
        + "<aside id='summary'><ul><li>Two cranes broken in March now work again.</li><li>An invented firm fixed them.</li></ul></aside>"
        + "<p>" + HtmlExtractionTest.paragraph() + "</p></article></body></html>";
    Article a = extractor.extract(doc(BodyKind.HTML, page.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("Two cranes broken in March now work again. An invented firm fixed them.", a.authorTldrText());
    assertEquals(0, a.authorTldr().start());
    Contracts.assertSpansFit(a);
  }

  @Test
  void aSummaryBoxSplitIntoSeveralBlocksBecomesOneParagraph() {
    String page = "<html><body><article><h1>Port Cranes Return</h1>"
        + "<div class='tldr'><p>Two cranes broken in March now work again.</p><p>An invented firm fixed them.</p></div>"
        + "<p>" + HtmlExtractionTest.paragraph() + "</p></article></body></html>";
    Article a = extractor.extract(doc(BodyKind.HTML, page.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("Two cranes broken in March now work again. An invented firm fixed them.", a.authorTldrText());
    assertEquals(1, a.text().split("Two cranes").length - 1, "the box is not repeated");
    assertTrue(a.text().endsWith(HtmlExtractionTest.paragraph()));
  }

  private static RawDocument doc(BodyKind kind, byte[] body, String charset) {
    return new RawDocument("doc-1", null, kind, body, charset, DocumentHints.NONE, Instant.EPOCH);
  }
}
