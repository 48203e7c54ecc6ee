package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text briefs of several layouts; all texts are synthetic, with invented people and firms. */
class BriefParserTest {
  private final DocumentExtractor extractor = new DocumentExtractor(new MainTextExtractor(), text -> Lang.of("en"));

  @Test
  void readsTheSeedLayout() {
    String brief = """
          Harbour Notes
            Harbour Notes

            Ferry Link to Mykolaiv Wins Council Vote

              TL;DR: An invented council approved a ferry link. It opens in spring.

            The Harbour Council voted on Thursday to fund a ferry link to Mykolaiv.

            Budget

            The service costs less than the pontoon it replaces, the treasurer said.

            Next Steps

            The operator must publish a timetable.

            Image Credit: Harbour Council Press Office
            """;
    Article a = extract(brief, DocumentHints.NONE);
    assertAll(
        () -> assertEquals("Harbour Notes", a.source()),
        () -> assertEquals("Ferry Link to Mykolaiv Wins Council Vote", a.title()),
        () -> assertEquals("An invented council approved a ferry link. It opens in spring.", a.authorTldrText()),
        () -> assertEquals(List.of("Budget", "Next Steps"), a.sections().stream().map(Section::heading).toList()),
        () -> assertEquals("The operator must publish a timetable.", a.sections().get(1).bodySpan().of(a.text())),
        () -> assertEquals("Harbour Council Press Office", a.imageCredit()),
        () -> assertFalse(a.text().contains("Image Credit")),
        () -> assertFalse(a.text().contains("Harbour Notes")));
    Contracts.assertSpansFit(a);
  }

  @Test
  void firstLineIsTheTitleWithoutASiteName() {
    String brief = "Grain Convoy Reaches Izmail\n\nA convoy of barges reached the port on Monday.\n"
        + "It carried wheat from an invented cooperative.\n\nPhoto: Pell Arvidsen\n";
    Article a = extract(brief, DocumentHints.NONE);
    assertEquals("Grain Convoy Reaches Izmail", a.title());
    assertEquals("A convoy of barges reached the port on Monday. It carried wheat from an invented cooperative.",
        a.text());
    assertEquals("Pell Arvidsen", a.imageCredit());
    assertNull(a.authorTldr());
    assertTrue(a.sections().isEmpty());
    assertEquals("brief.txt", a.source());
  }

  @Test
  void aTitleHintIsTheTitleAndItsCopyLeavesTheBody() {
    DocumentHints hints = new DocumentHints("Quay Repairs Finish Early", "Hedda Solberg", null, "Delta Wire");
    Article a = extract("Quay Repairs Finish Early\n\nThe northern quay reopened two weeks early.", hints);
    assertEquals("Quay Repairs Finish Early", a.title());
    assertEquals("The northern quay reopened two weeks early.", a.text());
    assertEquals("Hedda Solberg", a.byline());
    assertEquals("Delta Wire", a.source());

    Article untitled = extract("The northern quay reopened two weeks early, the invented board said.", hints);
    assertEquals("Quay Repairs Finish Early", untitled.title());
    assertEquals("The northern quay reopened two weeks early, the invented board said.", untitled.text());
  }

  @Test
  void aTextThatStatesItsSiteNameKeepsItOverTheHint() {
    DocumentHints hints = new DocumentHints(null, null, null, "feed-name");
    Article a = extract("Delta Wire\nDelta Wire\n\nTitle Here\n\nBody sentence one of the brief.", hints);
    assertEquals("Delta Wire", a.source());
    assertEquals("Title Here", a.title());
  }

  @Test
  void windowsLineEndingsAndAnOpeningHeadingWork() {
    String brief = "Port Cranes Return\r\n\r\nBackground\r\n\r\nTwo cranes broke in March.\r\n\r\n"
        + "TLDR - both cranes now work again.\r\n";
    Article a = extract(brief, DocumentHints.NONE);
    assertEquals("Port Cranes Return", a.title());
    assertEquals(List.of("Background"), a.sections().stream().map(Section::heading).toList());
    assertEquals("both cranes now work again.", a.authorTldrText());
    Contracts.assertSpansFit(a);
  }

  @Test
  void linesEndingSentencesWithoutBlankLinesAreParagraphs() {
    DocumentHints hints = new DocumentHints("Quay Reopens", null, null, null);
    Article a = extract("The northern quay reopened on Monday.\nShips docked there by noon.\nThe invented board was pleased.", hints);
    assertEquals("The northern quay reopened on Monday.\n\nShips docked there by noon.\n\nThe invented board was pleased.",
        a.text());
    Article wrapped = extract("Quay Reopens\n\nThe northern quay reopened on\nMonday after two weeks of repairs.", DocumentHints.NONE);
    assertEquals("The northern quay reopened on Monday after two weeks of repairs.", wrapped.text());
  }

  @Test
  void aLastShortLineIsNoHeading() {
    Article a = extract("Title\n\nA paragraph that ends properly.\n\nSigned the editors", DocumentHints.NONE);
    assertTrue(a.sections().isEmpty());
    assertTrue(a.text().endsWith("Signed the editors"));
  }

  private Article extract(String text, DocumentHints hints) {
    return extractor.extract(
        new RawDocument("brief.txt", null, BodyKind.TEXT, text.getBytes(StandardCharsets.UTF_8), null, hints,
            Instant.EPOCH));
  }
}
