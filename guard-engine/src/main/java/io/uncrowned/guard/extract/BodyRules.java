package io.uncrowned.guard.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line-level rules both HTML and plain-text bodies share: TL;DR labels, credit lines, "By" lines. */
final class BodyRules {
  /** TL;DR labels may go without a colon; the softer "In short"/"Summary" need one to count. */
  private static final Pattern TLDR_LABEL =
      Pattern.compile(
          "^(?:(?:TL\\s?;\\s?DR|TLDR|TL-DR)\\b\\s*[:.\\-\u2013\u2014]?"
              + "|(?:In short|Summary|In brief)\\s*[:\u2013\u2014])\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^(?:(?:lead |top |featured )?(?:image|photo|picture)\\s+credits?|credits?|photos?|photograph(?:y)?|image)"
              + "\\s*:\\s*(.{2,200}?)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PHOTO_BY = Pattern.compile("^(?:photo|image|photograph)\\s+by\\s+(.{2,150}?)\\.?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PHOTO_BY_IN_CAPTION =
      Pattern.compile(
          "\\b(?:photo|image|photograph|picture)\\s+by\\s+(\\p{Lu}[^\\n()\\[\\]|.]{1,100})", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_IN_CAPTION =
      Pattern.compile(
          "(?<!file )\\b(?:(?:image|photo|picture)\\s+credits?|credits?|photograph|photo|image)"
              + "\\s*:\\s*([^\\n()\\[\\]|]{2,150})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_LINE =
      Pattern.compile("^By\\s+(\\p{Lu}[\\p{L}.'\\-]*(?:[\\s,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'\\-]*){0,7})\\s*$");
  private static final int CREDIT_MAX_WORDS = 25;
  private static final int BYLINE_MAX_WORDS = 15;
  private static final Pattern BYLINE_TAIL =
      Pattern.compile("(?:\\s+[|•·]\\s+|\\s+(?:published|updated|posted)\\b|\\s+@\\w).*$", Pattern.CASE_INSENSITIVE);
  /** "Ministry of Defense of Ukraine" has two; "Traders work on the floor at the exchange" has five. */
  private static final int MAX_CREDIT_LOWER_WORDS = 3;
  private static final Pattern CREDIT_LABEL =
      Pattern.compile(
          "^(?:(?:©|\\(c\\)|copyright\\b)\\s*"
              + "|(?:(?:image|photo|picture)\\s+credits?|credits?|photograph|photo|image)\\s*[:.…]+\\s*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\(([^()]{2,80})\\)$");

  private BodyRules() {}

  /** Length of the TL;DR label (with trailing space) a block opens with, or -1 when it has none. */
  static int tldrLabelLength(String block) {
    Matcher m = TLDR_LABEL.matcher(block);
    return m.find() && m.end() < block.length() ? m.end() : -1;
  }

  /** The credit a whole line states ("Image Credit: X", "Photo: X", "Photo by X"), if it is one. */
  static Optional<String> creditLine(String line) {
    if (wordCount(line) > CREDIT_MAX_WORDS) {
      return Optional.empty();
    }
    Matcher m = CREDIT_LINE.matcher(line.strip());
    if (m.matches()) {
      return Optional.ofNullable(cleanCredit(m.group(1)));
    }
    m = PHOTO_BY.matcher(line.strip());
    return m.matches() ? Optional.ofNullable(cleanCredit(m.group(1))) : Optional.empty();
  }

  /** A credit stated inside a longer caption ("Troops near Kharkiv. Photo: Agency X"). */
  static Optional<String> creditInCaption(String caption) {
    Optional<String> whole = creditLine(caption);
    if (whole.isPresent()) {
      return whole;
    }
    Matcher m = CREDIT_IN_CAPTION.matcher(caption);
    if (m.find()) {
      return Optional.ofNullable(cleanCredit(m.group(1)));
    }
    m = PHOTO_BY_IN_CAPTION.matcher(caption);
    return m.find() ? Optional.ofNullable(cleanCredit(m.group(1))) : Optional.empty();
  }

  /**
   * A credit as people would write it: without labels ("Image:", "Credit...", "©"), an unbalanced bracket or
   * outer punctuation; null when nothing is left.
   */
  static String cleanCredit(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    String before;
    do {
      before = s;
      s = CREDIT_LABEL.matcher(s).replaceFirst("").strip();
    } while (!s.equals(before));
    if (s.endsWith(")") && s.indexOf('(') < 0) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith("(") && s.indexOf(')') < 0) {
      s = s.substring(1);
    }
    s = trimPunctuation(s);
    return s.isEmpty() || lowerCaseWords(s) > MAX_CREDIT_LOWER_WORDS ? null : s;
  }

  /** Words starting with a lower-case letter: few in names and credits, many in caption sentences. */
  static long lowerCaseWords(String s) {
    return Arrays.stream(s.strip().split("\\s+"))
        .filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)))
        .count();
  }

  /** A credit at the end of a caption in brackets: "Titan in false colour. (Space Agency X)". */
  static Optional<String> bracketedCredit(String caption) {
    Matcher m = TRAILING_BRACKETS.matcher(caption.strip());
    return m.find() ? Optional.ofNullable(cleanCredit(m.group(1))) : Optional.empty();
  }

  /** The names of a "By Jane Doe and John Roe" line, if the block is one. */
  static Optional<String> bylineLine(String line) {
    Matcher m = BY_LINE.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /**
   * A byline without what pages print beside the names: a leading "By", and a trailing "| date",
   * "Published …", "@handle" or "• 2 min read". Null when what is left is empty or too long to be names.
   */
  static String cleanByline(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    t = t.regionMatches(true, 0, "by ", 0, 3) ? t.substring(3).strip() : t;
    t = BYLINE_TAIL.matcher(t).replaceFirst("").strip();
    t = trimPunctuation(t);
    return t.isEmpty() || wordCount(t) > BYLINE_MAX_WORDS ? null : t;
  }

  /** Comparison key: NFKC, whitespace collapsed, case folded, outer punctuation dropped. */
  static String key(String s) {
    return trimPunctuation(Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " "))
        .toLowerCase(Locale.ROOT);
  }

  static String trimPunctuation(String s) {
    return s.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s&&[^)\\]]]+$", "");
  }

  static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
