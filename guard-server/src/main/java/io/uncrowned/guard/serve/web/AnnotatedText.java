package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders a stretch of an article's text as HTML with its mentions highlighted as links. The text is
 * escaped piece by piece; the only markup is the {@code <a class=…>} this class writes around each mention.
 * Overlapping mentions keep the earlier one (the longer one when both start together, the first listed
 * when both are the same), so nesting never happens.
 */
final class AnnotatedText {
  private final String text;
  private final List<Mark> marks;

  /**
   * @param text the article's canonical text
   * @param marks mentions in any order; those outside the text are ignored, and at equal spans the first
   *     one given wins (give places before entities to prefer the place)
   */
  AnnotatedText(String text, List<Mark> marks) {
    this.text = text;
    this.marks = nonOverlapping(text, marks);
  }

  /** The HTML of {@code range} of the text; mentions that cross its edges are left plain. */
  String html(Span range) {
    StringBuilder out = new StringBuilder(range.length() + 64);
    int at = range.start();
    for (Mark m : marks) {
      if (m.span().start() < at || !range.contains(m.span())) {
        continue;
      }
      out.append(SafeHtml.escape(text.substring(at, m.span().start())));
      out.append("<a class=\"").append(SafeHtml.escape(m.css())).append("\" href=\"")
          .append(SafeHtml.escape(m.href())).append("\" title=\"").append(SafeHtml.escape(m.label()))
          .append("\">").append(SafeHtml.escape(m.span().of(text))).append("</a>");
      at = m.span().end();
    }
    out.append(SafeHtml.escape(text.substring(at, range.end())));
    return out.toString();
  }

  /** How many mentions survive, for tests and the page's legend. */
  int marks() {
    return marks.size();
  }

  private static List<Mark> nonOverlapping(String text, List<Mark> given) {
    List<Mark> sorted = new ArrayList<>();
    for (Mark m : given) {
      if (m.span().fits(text) && m.span().length() > 0) {
        sorted.add(m);
      }
    }
    // A stable sort: at equal spans the first given stays first.
    sorted.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparing(m -> -m.span().length()));
    List<Mark> kept = new ArrayList<>();
    int end = 0;
    for (Mark m : sorted) {
      if (m.span().start() >= end) {
        kept.add(m);
        end = m.span().end();
      }
    }
    return List.copyOf(kept);
  }
}
