package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Span;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence spans for text that no NLP engine analysed (other languages, not-analysed articles, evaluation
 * sets): paragraphs first (a blank line always ends a sentence), then the JDK's sentence breaker, with breaks
 * after common abbreviations and initials taken back. Stateless and thread-safe.
 */
public final class SentenceSplitter {
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr",
          "inc", "co", "corp", "ltd", "vs", "etc", "no", "nos", "fig", "jan", "feb", "mar", "apr", "aug", "sept",
          "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "dept", "est", "mt", "ft");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.[\\s'\"”’]*$");
  /**
   * Terminal punctuation, maybe a closing quote (two marks may stand apart, as tokenised text has them), then a
   * capital, maybe after an opening quote or bracket: a sentence ends.
   */
  private static final Pattern QUOTED_END =
      Pattern.compile("[.!?]+(\\s?''|\"|”|’)?(?=\\s+(``\\s*|\\(\\s*|\"|“|‘|')?\\p{Lu})");
  /** A closing double quote (two marks, straight or curly) left at the start of a piece. */
  private static final Pattern LEADING_CLOSE = Pattern.compile("\\s*(''|”)(?=\\s|$)");

  /** Sentence spans of {@code text}, trimmed of surrounding white space, in order. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(text);
    int from = 0;
    while (m.find()) {
      splitParagraph(text, from, m.start(), out);
      from = m.end();
    }
    splitParagraph(text, from, text.length(), out);
    return out;
  }

  /** Cuts spans at blank lines, for engines that let a sentence run across a paragraph break. */
  public static List<Span> cutAtParagraphs(String text, Span span) {
    List<Span> out = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(text).region(span.start(), span.end());
    int from = span.start();
    while (m.find()) {
      addTrimmed(text, from, m.start(), out);
      from = m.end();
    }
    addTrimmed(text, from, span.end(), out);
    return out;
  }

  private void splitParagraph(String text, int start, int end, List<Span> out) {
    String paragraph = text.substring(start, end);
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(paragraph);
    TreeSet<Integer> breaks = new TreeSet<>();
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      breaks.add(b);
    }
    // The JDK breaker does not end a sentence before an opening quote or after a closing one written as two
    // marks ("rejected it . '' The …", "the plan . `` We …"), as tokenised news text has them.
    Matcher m = QUOTED_END.matcher(paragraph);
    while (m.find()) {
      breaks.add(m.end());
    }
    int sentenceStart = 0;
    for (int b : breaks) {
      b = afterClosingQuote(paragraph, b);
      if (b <= sentenceStart) {
        continue;
      }
      if (b < paragraph.length() && joinsNext(paragraph, sentenceStart, b)) {
        continue;
      }
      addTrimmed(text, start + sentenceStart, start + b, out);
      sentenceStart = b;
    }
    if (sentenceStart < paragraph.length()) {
      addTrimmed(text, start + sentenceStart, end, out);
    }
  }

  /** A closing quote that opens the next piece belongs to the sentence before the break. */
  private static int afterClosingQuote(String paragraph, int b) {
    Matcher m = LEADING_CLOSE.matcher(paragraph).region(b, paragraph.length());
    return m.lookingAt() ? m.end() : b;
  }

  /** True when the break at {@code b} follows an abbreviation or initial, or precedes a lower-case word. */
  private static boolean joinsNext(String paragraph, int from, int b) {
    String next = paragraph.substring(b).stripLeading();
    if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
      return true;
    }
    Matcher m = LAST_WORD.matcher(paragraph.substring(from, b));
    if (!m.find()) {
      return false;
    }
    String word = m.group(1);
    String bare = word.startsWith(".") ? word.substring(1) : word;
    boolean initial = bare.length() == 1 && Character.isUpperCase(bare.charAt(0));
    return initial || ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
