package io.uncrowned.guard.extract.internal;

import io.uncrowned.guard.extract.TextBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text under the chosen roots as blocks in reading order, leaving out boilerplate inside them:
 * dropped and hidden elements, the headline, small elements whose class or id names boilerplate, and
 * blocks made mostly of links.
 */
public final class BlockWriter {
  private static final double MAX_LINK_DENSITY = 0.7;
  private final TextStats stats;
  private final List<TextBlock> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final Deque<TextBlock.Kind> kinds = new ArrayDeque<>();
  private int linkChars;
  private int linkDepth;
  private int rootChars;
  // At a link's edge: link text stands apart as a word, even in scripts written without spaces, but
  // "said <a>Reuters</a>." must not become "said Reuters .".
  private boolean wordBreak;

  public BlockWriter(TextStats stats) {
    this.stats = stats;
  }

  /** The blocks of the roots, in document order. */
  public List<TextBlock> write(List<Element> roots) {
    rootChars = roots.stream().mapToInt(stats::chars).sum();
    for (Element root : roots) {
      NodeTraversor.filter(new Walker(), root);
      flush();
    }
    return blocks;
  }

  private final class Walker implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (skip(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.nameIs("a")) {
        linkDepth++;
        wordBreak = true;
      }
      if (Hints.BLOCKS.contains(e.normalName())) {
        flush();
        kinds.push(kindOf(e));
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.nameIs("a")) {
          linkDepth--;
          wordBreak = true;
        }
        if (Hints.BLOCKS.contains(e.normalName())) {
          flush();
          kinds.pop();
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  private boolean skip(Element e) {
    if (!stats.visible(e) || e.nameIs("h1")) {
      return true;
    }
    boolean suspect = Hints.SMALL_BOILERPLATE.contains(e.normalName()) || Hints.isNegative(Hints.classAndId(e));
    return suspect && stats.chars(e) < 0.3 * rootChars;
  }

  private TextBlock.Kind kindOf(Element e) {
    return switch (e.normalName()) {
      case "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
      case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
      case "blockquote" -> TextBlock.Kind.QUOTE;
      // A paragraph inside a quote or a list item stays a quote or a list item.
      case "p" -> kinds.peek() == TextBlock.Kind.QUOTE || kinds.peek() == TextBlock.Kind.LIST_ITEM
          ? kinds.peek() : TextBlock.Kind.PARAGRAPH;
      default -> kinds.isEmpty() ? TextBlock.Kind.PARAGRAPH : kinds.peek();
    };
  }

  private void append(String s) {
    int before = text.length();
    boolean space = before > 0 && text.charAt(before - 1) == ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space && text.length() > 0) {
          text.append(' ');
          space = true;
        }
      } else {
        if (wordBreak && !space && text.length() > 0 && Character.isLetterOrDigit(c)
            && Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
          text.append(' ');
        }
        wordBreak = false;
        text.append(c);
        space = false;
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }
  }

  private void flush() {
    String t = text.toString().strip();
    int nonSpace = t.length() - TextStats.count(t, ' ');
    if (!t.isEmpty() && !mostlyLinks(nonSpace) && !Hints.isBoilerplateText(t)) {
      blocks.add(new TextBlock(kinds.isEmpty() ? TextBlock.Kind.PARAGRAPH : kinds.peek(), t));
    }
    text.setLength(0);
    linkChars = 0;
    wordBreak = false;
  }

  // Menus and link lists are nearly all link text; article sentences with a linked name or headline
  // are not, even in digests where every item starts with a linked title.
  private boolean mostlyLinks(int nonSpace) {
    return nonSpace > 0 && (double) linkChars / nonSpace > MAX_LINK_DENSITY;
  }
}
