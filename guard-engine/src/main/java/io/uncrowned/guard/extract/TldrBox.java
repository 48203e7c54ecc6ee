package io.uncrowned.guard.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a box the page marks as the article's summary (class or id saying "tldr" or "summary") near the top
 * of the article, and returns its text without a label-only heading ("TL;DR", "Summary").
 */
final class TldrBox {
  private static final String MARKED =
      "[class~=(?i)tl-?;?dr|summary|key-?points], [id~=(?i)tl-?;?dr|summary|key-?points]";
  /** Fewer words than this is a headline or a label, not a summary. */
  private static final int MIN_WORDS = 8;
  private static final String LABELS = "tl\\s?;?\\s?dr|tl-dr|tldr|in short|summary|in brief|key points|highlights";
  private static final Pattern LABEL = Pattern.compile(LABELS);
  /** A label written without punctuation before the text ("Key Points Dubai's carrier..."). */
  private static final Pattern LEADING_LABEL =
      Pattern.compile("^(?:" + LABELS + ")\\b\\s*[:\\-–—]?\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);
  /** Sign-up boxes are marked "summary" often enough to need ruling out. */
  private static final Pattern PROMOTION = Pattern.compile("(?i)\\b(?:subscribe|newsletter|sign up)\\b");
  private static final int MAX_CHARS = 1500;
  /** A paragraph this long is article body; a summary box comes before the second of them. */
  private static final int BODY_PARAGRAPH_CHARS = 150;

  private TldrBox() {}

  static Optional<String> find(Element page, Element scope, String title) {
    String titleKey = title == null ? "" : BodyRules.key(title);
    int limit = bodyStart(scope);
    Elements all = page.getAllElements();
    for (Element e : scope.select(MARKED)) {
      String text = withoutLabel(e);
      if (!titleKey.equals(BodyRules.key(text))
          && !PROMOTION.matcher(text).find()
          && BodyRules.wordCount(text) >= MIN_WORDS
          && text.length() <= MAX_CHARS
          && e.closest("nav, footer, header") == null
          && e.selectFirst("h1") == null
          && longParagraphs(e) <= 1
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

  /** A box holding several long paragraphs is the article body (classes like "text-with-summary"). */
  private static long longParagraphs(Element box) {
    return box.select("p").stream().filter(p -> p.text().length() >= BODY_PARAGRAPH_CHARS).count();
  }

  private static String withoutLabel(Element box) {
    String text = box.text().strip();
    Element first = box.children().first();
    if (first != null
        && first.text().length() < text.length()
        && LABEL.matcher(BodyRules.key(first.text())).matches()) {
      text = text.substring(first.text().length()).strip();
    }
    return LEADING_LABEL.matcher(text).replaceFirst("");
  }
}
