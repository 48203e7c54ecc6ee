package io.uncrowned.guard.extract.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Visible-text counts of every element under a root, gathered in one walk so that scoring never calls
 * {@code Element.text()} on big subtrees again and again. Dropped and hidden subtrees count as empty and
 * have no entry.
 */
public final class TextStats {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  private TextStats() {}

  /** Counts the text under {@code root}. */
  public static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.filter(stats.new Counter(), root);
    return stats;
  }

  /** Whether the element was walked (not inside a dropped or hidden subtree). */
  public boolean visible(Element e) {
    return counts.containsKey(e);
  }

  /** Non-space characters of visible text under the element. */
  public int chars(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[0];
  }

  /** Non-space characters of visible text inside links under the element. */
  public int linkChars(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[1];
  }

  /** Share of the element's text that sits in links, 0 for an empty element. */
  public double linkDensity(Element e) {
    int chars = chars(e);
    return chars == 0 ? 0 : (double) linkChars(e) / chars;
  }

  private final class Counter implements NodeFilter {
    private int linkDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        int[] c = counts.get(t.parent());
        if (c != null) {
          int n = nonSpace(t.getWholeText());
          c[0] += n;
          if (linkDepth > 0) {
            c[1] += n;
          }
        }
        return FilterResult.CONTINUE;
      }
      if (node instanceof Element e) {
        if (Hints.DROPPED.contains(e.normalName()) || Hints.isHidden(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        counts.put(e, new int[2]);
        if (e.nameIs("a")) {
          linkDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      int[] mine = node instanceof Element e ? counts.get(e) : null;
      if (mine != null) {
        if (node.nameIs("a")) {
          linkDepth--;
        }
        // Children are done: hand their totals up, so each text is counted once per level.
        int[] up = node.parent() instanceof Element p ? counts.get(p) : null;
        if (up != null) {
          up[0] += mine[0];
          up[1] += mine[1];
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }

  /** How many times {@code c} occurs in {@code s}. */
  static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
