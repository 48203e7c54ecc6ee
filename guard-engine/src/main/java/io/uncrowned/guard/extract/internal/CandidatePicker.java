package io.uncrowned.guard.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: every paragraph-like element gives points to its nearest
 * ancestors (more for long text with commas), containers lose points for link-heavy text and gain or lose
 * them for what their class and id say, and the best container wins. Then the siblings that read like more
 * of the same article are kept beside it.
 *
 * <p>Holds the scores of one page: make one per page.
 */
public final class CandidatePicker {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td", "div", "section", "dd", "li");
  private static final int MIN_PARAGRAPH = 25;
  private static final double GROWTH = 1.15;
  // A candidate inside comments or other stories needs to be far better than any outside to win.
  private static final double OTHER_REGION = 0.2;
  private static final double MAX_ADDED_LINKS = 0.35;
  private static final double MIN_ADDED_PARAGRAPHS = 0.4;

  private final TextStats stats;
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  // Characters of good paragraphs (long enough, few links) under each element, at any depth.
  private final Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
  private final Map<Element, Boolean> otherRegion = new IdentityHashMap<>();

  public CandidatePicker(TextStats stats) {
    this.stats = stats;
  }

  /** The roots whose text makes the article, in document order; empty when the page has no paragraphs. */
  public List<Element> pick(Element body) {
    for (Element e : body.getAllElements()) {
      if (PARAGRAPHS.contains(e.normalName()) && stats.visible(e)) {
        scoreParagraph(e);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> c : scores.entrySet()) {
      double s = c.getValue() * (1 - stats.linkDensity(c.getKey())) * (inOtherRegion(c.getKey()) ? OTHER_REGION : 1);
      c.setValue(s);
      if (s > best) {
        best = s;
        top = c.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    Element container = climb(top);
    return withSiblings(container, Math.max(best, scores.getOrDefault(container, 0.0)));
  }

  private void scoreParagraph(Element e) {
    // Most elements are far too short: say so from the counts, before building any text.
    if (stats.chars(e) < MIN_PARAGRAPH / 2) {
      return;
    }
    boolean paragraph = e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote");
    // A container with text of its own (lines split by <br>, spans) is a paragraph too, and is its own
    // first candidate: its parent may be a whole page column.
    boolean inlineOnly = !paragraph && !hasBlockChild(e);
    String text = paragraph || inlineOnly ? e.text() : e.ownText();
    // text() also reads dropped children (noscript, buttons); only visible text may count.
    int length = paragraph || inlineOnly ? Math.min(text.length(), stats.chars(e)) : text.length();
    if (length < MIN_PARAGRAPH) {
      return;
    }
    double points = 1 + TextStats.count(text, ',') + Math.min(length / 100.0, 3);
    if (stats.linkDensity(e) < 0.5 && !inListItem(e) && !inOtherRegion(e)) {
      int chars = stats.chars(e);
      for (Element a = e; a != null; a = a.parent()) {
        paragraphChars.merge(a, chars, Integer::sum);
      }
    }
    Element a = paragraph ? e.parent() : e;
    for (int level = 0; level < 3 && a != null && stats.visible(a); level++, a = a.parent()) {
      double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
      scores.put(a, scores.computeIfAbsent(a, CandidatePicker::base) + points * share);
    }
  }

  // Comments and other stories are full of good paragraphs: they must not pull the container up to them.
  private boolean inOtherRegion(Element e) {
    // Walk up to the first element already known (iteratively: hostile pages nest very deep), then
    // record the answer for every element on the way.
    List<Element> path = new ArrayList<>();
    Boolean known = null;
    for (Element a = e; a != null && stats.visible(a); a = a.parent()) {
      known = otherRegion.get(a);
      if (known != null) {
        break;
      }
      path.add(a);
    }
    boolean inside = known != null && known;
    for (int i = path.size() - 1; i >= 0; i--) {
      Element a = path.get(i);
      inside = inside || Hints.isNotArticle(Hints.classAndId(a));
      otherRegion.put(a, inside);
    }
    return inside;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (Hints.BLOCKS.contains(c.normalName()) && !c.nameIs("br")) {
        return true;
      }
    }
    return false;
  }

  // Climbing out of an <article> into an ancestor that holds more <article>s would take in other
  // stories (a blog's front page, teasers below the post).
  private static boolean leavesArticleForOthers(Element best, Element ancestor) {
    Element article = null;
    for (Element e = best; e != null && e != ancestor; e = e.parent()) {
      if (e.nameIs("article")) {
        article = e;
      }
    }
    if (article == null) {
      return false;
    }
    return ancestor.getElementsByTag("article").size() > article.getElementsByTag("article").size();
  }

  // Teaser cards of other stories are list items holding a paragraph: they must not pull the
  // article's container up to the whole page.
  private static boolean inListItem(Element e) {
    Element a = e;
    for (int i = 0; i < 6 && a != null; i++, a = a.parent()) {
      if (a.nameIs("li")) {
        return true;
      }
    }
    return false;
  }

  private static double base(Element e) {
    double b = switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String ci = Hints.classAndId(e);
    if (Hints.isNegative(ci)) {
      b -= 25;
    }
    if (Hints.isPositive(ci)) {
      b += 25;
    }
    if (e.nameIs("article") || "articleBody".equals(e.attr("itemprop"))) {
      b += 25;
    }
    return b;
  }

  // An article split into several parts (by images, ads, section wrappers) has its best-scoring part as
  // the top candidate; take the ancestor that adds more good paragraphs than it adds links and clutter.
  private Element climb(Element top) {
    Element best = top;
    for (Element a = top.parent(); a != null && !a.nameIs("html"); a = a.parent()) {
      int para = paragraphChars.getOrDefault(a, 0);
      int bestPara = paragraphChars.getOrDefault(best, 0);
      int addedChars = stats.chars(a) - stats.chars(best);
      int addedPara = para - bestPara;
      if (para < bestPara * GROWTH || addedChars <= 0) {
        continue;
      }
      double addedLinks = (double) (stats.linkChars(a) - stats.linkChars(best)) / addedChars;
      if (addedLinks < MAX_ADDED_LINKS && (double) addedPara / addedChars >= MIN_ADDED_PARAGRAPHS) {
        if (leavesArticleForOthers(best, a)) {
          break;
        }
        best = a;
      }
    }
    return best;
  }

  // Siblings are measured against the best candidate's score, even when the container is an ancestor
  // that scored nothing of its own.
  private List<Element> withSiblings(Element top, double topScore) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top || keepSibling(s, top, topScore, threshold)) {
        roots.add(s);
      }
    }
    return roots;
  }

  private boolean keepSibling(Element s, Element top, double topScore, double threshold) {
    if (!stats.visible(s)) {
      return false;
    }
    double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
    Double score = scores.get(s);
    if (score != null && score + bonus >= threshold) {
      return true;
    }
    if (!s.nameIs("p")) {
      return false;
    }
    int chars = stats.chars(s);
    double ld = stats.linkDensity(s);
    return chars > 80 && ld < 0.25 || chars > 0 && ld == 0 && s.text().matches(".*\\.( |$)");
  }
}
