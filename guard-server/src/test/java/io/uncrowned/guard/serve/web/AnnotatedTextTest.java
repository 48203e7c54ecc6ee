package io.uncrowned.guard.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {
  private static final String TEXT = "Officials in Kharkiv & <Kyiv> met.\n\nNext paragraph.";

  private static Mark mark(int start, int end, String css) {
    return new Mark(new Span(start, end), css, "label \"q\"", "/?place=K&x=1");
  }

  @Test
  void wrapsMentionsInLinksAndEscapesEverythingElse() {
    AnnotatedText t = new AnnotatedText(TEXT, List.of(mark(13, 20, "mention place"), mark(24, 28, "mention place")));
    assertEquals("Officials in <a class=\"mention place\" href=\"/?place=K&amp;x=1\" title=\"label &quot;q&quot;\">Kharkiv</a>"
        + " &amp; &lt;<a class=\"mention place\" href=\"/?place=K&amp;x=1\" title=\"label &quot;q&quot;\">Kyiv</a>&gt; met.",
        t.html(new Span(0, 34)));
  }

  @Test
  void overlappingMentionsKeepTheLongerThenTheFirstGiven() {
    AnnotatedText t = new AnnotatedText(TEXT, List.of(mark(13, 17, "short"), mark(13, 20, "long"), mark(15, 25, "late"),
        mark(24, 28, "first"), mark(24, 28, "second")));
    assertEquals(2, t.marks());
    String html = t.html(new Span(0, 34));
    assertEquals(true, html.contains("class=\"long\"") && html.contains("class=\"first\""), html);
  }

  @Test
  void mentionsOutsideTheRangeOrTheTextStayPlain() {
    AnnotatedText t = new AnnotatedText(TEXT, List.of(mark(13, 20, "in"), mark(30, 40, "across"), mark(40, 400, "outside")));
    assertEquals("Next paragraph.", t.html(new Span(36, 51)));
    assertEquals("Kharkiv", t.html(new Span(13, 20)).replaceAll("<[^>]+>", ""));
  }
}
