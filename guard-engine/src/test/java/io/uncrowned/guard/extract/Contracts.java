package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Section;

/** Checks every extracted article must pass, whatever its input. */
final class Contracts {
  private Contracts() {}

  static void assertSpansFit(Article a) {
    String text = a.text();
    int previousEnd = 0;
    for (Section s : a.sections()) {
      assertTrue(s.headingSpan().fits(text) && s.bodySpan().fits(text), s.toString());
      assertEquals(s.heading(), s.headingSpan().of(text));
      assertTrue(s.headingSpan().start() >= previousEnd, "sections overlap: " + s);
      assertTrue(s.bodySpan().start() >= s.headingSpan().end(), s.toString());
      previousEnd = s.bodySpan().end();
    }
    if (a.authorTldr() != null) {
      assertTrue(a.authorTldr().fits(text));
      assertFalse(a.authorTldrText().isBlank());
    }
    assertEquals(64, a.contentHash().length());
  }
}
