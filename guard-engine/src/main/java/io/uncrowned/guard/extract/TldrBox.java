package io.uncrowned.guard.extract;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a box the page marks as the article's summary (class or id saying "tldr" or "summary") near the top
 * of the article, and returns its text without a label-only heading ("TL;DR", "Summary").
 */
final class TldrBox {
  private static final String MARKED =
      "[class~=(?i)tl-?;?dr|summary|key-?points], [id~=(?i)tl-?;?dr|summary|key-?points]";
  private static final int MIN_CHARS = 30;
  private static final int MAX_CHARS = 1500;
  /** A paragraph this long is article body; a summary box comes before the second of them. */
  private static final int BODY_PARAGRAPH_CHARS = 150;

  private TldrBox() {}

  static Optional<String> find(Element page, Element scope) {
    int limit = bodyStart(scope);
    Elements all = page.getAllElements();
    for (Element e : scope.select(MARKED)) {
      String text = withoutLabel(e);
      if (text.length() >= MIN_CHARS
          && text.length() <= MAX_CHARS
          && e.closest("nav, footer, header") == null
          && all.indexOf(e) < limit) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** Document position of the second long paragraph, or no limit when there are fewer. */
  private static int bodyStart(Element scope) {
    Elements all = scope.ownerDocument() == null ? new Elements() : scope.ownerDocument().getAllElements();
    int seen = 0;
    for (Element p : scope.select("p")) {
      if (p.text().length() >= BODY_PARAGRAPH_CHARS && p.closest(MARKED) == null && ++seen == 2) {
        return all.indexOf(p);
      }
    }
    return Integer.MAX_VALUE;
  }

  private static String withoutLabel(Element box) {
    String text = box.text().strip();
    Element first = box.children().first();
    if (first != null && first.text().length() < text.length()) {
      String label = BodyRules.key(first.text());
      if (label.matches("tl\\s?;?\\s?dr|tl-dr|tldr|in short|summary|in brief|key points")) {
        return text.substring(first.text().length()).strip();
      }
    }
    return text;
  }
}
