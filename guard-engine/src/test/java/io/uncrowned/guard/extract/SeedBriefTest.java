package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed brief from the issue, read from the shared folder (skipped when it is absent). */
class SeedBriefTest {
  private static Article article;

  @BeforeAll
  static void extractSeed() throws IOException {
    Path seed = SharedFiles.shared("seed/000_2916ca55d35a1ea1.txt").orElse(null);
    Assumptions.assumeTrue(seed != null, "seed brief not found; skipping");
    RawDocument doc =
        new RawDocument(
            seed.getFileName().toString(), null, BodyKind.TEXT, Files.readAllBytes(seed), null, DocumentHints.NONE,
            Instant.EPOCH);
    article = new DocumentExtractor(new MainTextExtractor(), TestModels.languages()).extract(doc);
  }

  @Test
  void readsTitleSiteAndLanguage() {
    assertAll(
        () -> assertEquals("Ukraine Gains Western Backing for Defensive Strikes Inside Russia", article.title()),
        () -> assertEquals("Uncrowned Guard", article.source()),
        () -> assertEquals(Lang.of("en"), article.language()),
        () -> assertTrue(article.text().startsWith("TL;DR: The U.S. and its Western allies")),
        () -> assertFalse(article.text().contains("Uncrowned Guard")),
        () -> assertFalse(article.text().contains("Ukraine Gains Western Backing")));
  }

  @Test
  void findsTheAuthorsTldrWithoutItsLabel() {
    String tldr = article.authorTldrText();
    assertNotNull(tldr);
    assertTrue(tldr.startsWith("The U.S. and its Western allies have authorized Ukraine"), tldr);
    assertTrue(tldr.endsWith("with potential global repercussions."), tldr);
  }

  @Test
  void findsTheThreeSectionsWithTheirSpans() {
    List<Section> sections = article.sections();
    assertEquals(
        List.of("Strategic Authorization", "Defensive Posture", "International Implications"),
        sections.stream().map(Section::heading).toList());
    String text = article.text();
    for (Section s : sections) {
      assertEquals(s.heading(), s.headingSpan().of(text));
      assertEquals(s.headingSpan().end() + 2, s.bodySpan().start());
    }
    assertTrue(sections.get(0).bodySpan().of(text).startsWith("Recent reports indicate"));
    assertTrue(sections.get(0).bodySpan().of(text).endsWith("preparing to attack Ukrainian positions."));
    assertEquals(sections.get(1).headingSpan().start() - 2, sections.get(0).bodySpan().end());
    Section last = sections.get(2);
    assertEquals(text.length(), last.bodySpan().end());
    assertTrue(last.bodySpan().of(text).contains("\n\nThe unfolding situation continues"));
  }

  @Test
  void takesTheImageCreditOutOfTheText() {
    assertEquals("Ministry of Defense of Ukraine", article.imageCredit());
    assertFalse(article.text().contains("Image Credit"));
    assertFalse(article.text().contains("Ministry of Defense of Ukraine"));
  }
}
