package io.uncrowned.guard.extract;

import io.uncrowned.guard.collect.DocumentHints;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text brief: an optional site-name line written twice, a title line, then paragraphs split on
 * blank lines. A short line without final punctuation standing between paragraphs is a heading. Credit
 * lines and the TL;DR are left in the blocks for {@link BodyShaper}.
 */
final class BriefParser {
  private static final int TITLE_MAX_WORDS = 30;
  private static final int HEADING_MAX_WORDS = 12;
  private static final int HEADING_MAX_CHARS = 100;

  /** A brief split into its parts; {@code siteName} and {@code title} are null when absent. */
  record Brief(String siteName, String title, List<TextBlock> blocks) {}

  private BriefParser() {}

  static Brief parse(String text, DocumentHints hints) {
    List<String> lines = text.replace("\uFEFF", "").lines().map(String::strip).toList();
    int i = skipBlank(lines, 0);
    String siteName = null;
    int second = skipBlank(lines, i + 1);
    if (i < lines.size() && second < lines.size() && sameLine(lines.get(i), lines.get(second))
        && BodyRules.wordCount(lines.get(i)) <= HEADING_MAX_WORDS) {
      siteName = lines.get(i);
      // a site name may be written more than twice (logo text, alt text, header)
      while (i < lines.size() && sameLine(lines.get(i), siteName)) {
        i = skipBlank(lines, i + 1);
      }
    }
    String title = hints.title() == null || hints.title().isBlank() ? null : hints.title().strip();
    if (i < lines.size()) {
      String first = lines.get(i);
      if (title != null ? sameLine(first, title) : looksLikeTitle(lines, i)) {
        title = title != null ? title : first;
        i++;
      }
    }
    return new Brief(siteName, title, blocks(paragraphs(lines, i)));
  }

  /**
   * A first line is a title when text follows it, it is short, and it does not end like a sentence (titles
   * may end in "?" or "!", rarely in "."): a one-paragraph JSON Lines text must not lose its only paragraph.
   */
  private static boolean looksLikeTitle(List<String> lines, int i) {
    String line = lines.get(i);
    boolean textFollows = skipBlank(lines, i + 1) < lines.size();
    return textFollows
        && BodyRules.wordCount(line) <= TITLE_MAX_WORDS
        && ".,;:".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  /**
   * Paragraphs are runs of non-blank lines; hard-wrapped lines are joined with a space. A text without any
   * blank line whose lines mostly end a sentence (JSON Lines texts often look so) has a paragraph per line.
   */
  private static List<String> paragraphs(List<String> lines, int from) {
    List<String> body = lines.subList(Math.min(from, lines.size()), lines.size());
    List<String> filled = body.stream().filter(l -> !l.isEmpty()).toList();
    boolean hasBlankBetween = body.subList(0, lastNonBlank(body) + 1).stream().anyMatch(String::isEmpty);
    long sentenceEnds = filled.stream().filter(BriefParser::endsSentence).count();
    if (!hasBlankBetween && filled.size() > 1 && 2 * sentenceEnds >= filled.size()) {
      return filled.stream().map(l -> l.replaceAll("\\s+", " ")).toList();
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        flush(current, out);
      } else {
        current.append(current.length() > 0 ? " " : "").append(line);
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString().replaceAll("\\s+", " "));
      current.setLength(0);
    }
  }

  private static List<TextBlock> blocks(List<String> paragraphs) {
    List<TextBlock> out = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      boolean heading = i + 1 < paragraphs.size() && isHeadingLike(p);
      out.add(new TextBlock(heading ? TextBlock.Kind.HEADING : TextBlock.Kind.PARAGRAPH, p));
    }
    return out;
  }

  private static boolean isHeadingLike(String p) {
    return p.length() <= HEADING_MAX_CHARS
        && BodyRules.wordCount(p) <= HEADING_MAX_WORDS
        && !endsSentence(p)
        && (Character.isUpperCase(p.codePointAt(0)) || Character.isDigit(p.codePointAt(0)))
        && BodyRules.creditLine(p).isEmpty()
        && BodyRules.tldrLabelLength(p) < 0;
  }

  private static boolean endsSentence(String s) {
    return !s.isEmpty() && ".!?:;,…\"”’'»)]".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static boolean sameLine(String a, String b) {
    return BodyRules.key(a).equals(BodyRules.key(b)) && !a.isBlank();
  }

  private static int lastNonBlank(List<String> lines) {
    int i = lines.size() - 1;
    while (i >= 0 && lines.get(i).isEmpty()) {
      i--;
    }
    return i;
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isEmpty()) {
      i++;
    }
    return i;
  }
}
