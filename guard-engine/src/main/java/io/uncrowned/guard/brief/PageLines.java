package io.uncrowned.guard.brief;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a news page puts around its story's prose and no reader would put in a TL;DR: time stamps,
 * bylines, datelines and picture credits at the start of a sentence, whole lines of page furniture (editor's
 * notes, "contributed to this report", share and subscribe prompts), and the mark where a story's body begins.
 * Works on plain and on tokenised text ("Editor 's note", "( CNN ) --"). Stateless.
 */
final class PageLines {
  /** A long dash, or a hyphen standing apart ("US-China" holds no dateline). */
  private static final String DASH = "(\\s*(—|–|--)|\\s+-(?=\\s))";
  /** "WASHINGTON —", "CEDAR RAPIDS, Iowa —", "LONDON, Jan. 27—", "MADRID (AP) –": a place in capitals, dash. */
  private static final Pattern CAPITALS_DATELINE =
      Pattern.compile("^\\p{Lu}[\\p{Lu}.'-]+(\\s+\\p{Lu}[\\p{Lu}.'-]+)*"
          + "(\\s*,\\s*\\p{Lu}[\\p{L}.]*(\\s+\\p{Lu}[\\p{L}.]*)?)?" // ", Iowa", ", CALIF."
          + "(\\s*,\\s*\\p{Lu}\\p{Ll}{2}\\.?\\s+\\d{1,2})?" // ", Jan. 27"
          + "(\\s*\\(\\s*\\p{Lu}[\\p{L} ]{0,20}\\))?" // "(AP)"
          + DASH + "\\s*");
  /** "(CNN) --", "Rome (CNN)", "(Reuters) -": an agency or outlet in brackets opening the story. */
  private static final Pattern BRACKETED_DATELINE =
      Pattern.compile("^(\\p{Lu}[\\p{L}.]+\\s+)?\\(\\s*\\p{Lu}[\\p{L}\\d]*(\\s+[\\p{L}\\d]+){0,2}\\s*\\)"
          + "(" + DASH + ")?\\s*");
  /** "By Ana Reyl, NORTHLINE DISPATCH", "By ANA REYL", "Ana Reyl, Harbour Staff Writer". */
  private static final Pattern BYLINE =
      Pattern.compile("^(By\\s+((\\p{Lu}[\\p{L}.'-]*\\s+){1,3},\\s*(\\p{Lu}[\\p{Lu}.&-]+\\s+)+"
          + "|(\\p{Lu}[\\p{Lu}.'-]+\\s+){1,3})"
          + "|(\\p{Lu}[\\p{L}.'-]*\\s+){1,4},\\s*(\\p{Lu}\\p{L}*\\s+){0,3}(Staff Writer|Correspondent|Reporter)\\s+)");
  /** "Photograph: Ana Reyl/Agency Images", "JOAO LIMA / THE HARBOUR POST": a picture credit. */
  private static final Pattern CREDIT =
      Pattern.compile("^((Photograph|Photo|Picture|Image)s?(\\s+credit)?\\s*:\\s*[^/]{1,40}/\\s*\\S+"
          + "(\\s+(Images|Photos?|Pictures))?\\s+"
          + "|(\\p{Lu}[\\p{Lu}.'-]*\\s+){1,4}/\\s+(\\p{Lu}[\\p{Lu}'-]+\\s+){1,4}(?=\\p{Lu}\\p{Ll}))");
  /** Phrases that make a line page furniture wherever they stand in it. */
  private static final Pattern FURNITURE =
      Pattern.compile("(?i)(editor\\s*'?\\s*s\\s+note|contributed (to )?(this|the) report|contributed reporting"
          + "|this (article|story) (can be viewed|appeared|was (first|originally) published)"
          + "|please send (questions|feedback)|all rights reserved|scroll down for (video|more)|on a mobile device"
          + "|like us on facebook"
          + "|follow (us|him|her|them|@?\\p{L}+(\\s+\\p{Lu}\\p{L}+)?) on (twitter|facebook|instagram))");
  /** Prompts that are page furniture when they open the line; inside prose the same words are ordinary. */
  private static final Pattern PROMPT =
      Pattern.compile("(?i)^[\\s\"'“‘(]*(sign up|subscribe|share (this|on)|click|watch the video|read more"
          + "|related\\s*:|for more (news|stories|videos))");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(am|pm)?|\\d{1,2}(am|pm)");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern DATE_NUMBER = Pattern.compile("\\d{1,4}(st|nd|rd|th)?|\\d{1,2}/\\d{1,2}/\\d{2,4}");
  private static final Set<String> STAMP_WORDS =
      Set.of(
          "updated", "posted", "published", "last", "at", "on", ",", "|", "-", "am", "pm", "a.m.", "p.m.", "et", "est",
          "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private PageLines() {}

  /** True when the whole sentence is page furniture rather than the story's prose. */
  static boolean isFurniture(String sentence) {
    return FURNITURE.matcher(sentence).find() || PROMPT.matcher(sentence).find();
  }

  /**
   * Where the story's prose starts in {@code sentence}: after any leading time stamp, byline, picture credit and
   * dateline, in any order; 0 when the sentence opens with prose.
   */
  static int proseStart(String sentence) {
    int at = 0;
    for (int round = 0; round < 4; round++) {
      String rest = sentence.substring(at);
      int cut = Math.max(stampEnd(rest), Math.max(prefixEnd(BYLINE, rest), prefixEnd(CREDIT, rest)));
      cut = Math.max(cut, datelineEnd(rest));
      if (cut == 0) {
        break;
      }
      at += cut;
    }
    return at;
  }

  /**
   * True when {@code sentence} opens with a dateline or a bracketed outlet (perhaps after a time stamp or byline),
   * the mark where a story's body begins: what a page puts before it is front matter (captions, highlights,
   * editor's notes).
   */
  static boolean opensBody(String sentence) {
    int at = 0;
    for (int round = 0; round < 3; round++) {
      String rest = sentence.substring(at);
      if (datelineEnd(rest) > 0 || prefixEnd(CREDIT, rest) > 0) {
        return true;
      }
      int cut = Math.max(stampEnd(rest), prefixEnd(BYLINE, rest));
      if (cut == 0) {
        return false;
      }
      at += cut;
    }
    return false;
  }

  private static int datelineEnd(String s) {
    return Math.max(prefixEnd(CAPITALS_DATELINE, s), prefixEnd(BRACKETED_DATELINE, s));
  }

  private static int prefixEnd(Pattern p, String s) {
    Matcher m = p.matcher(s);
    // A prefix that swallows the whole sentence, or leaves it mid-clause (lower case next), is no prefix.
    return m.lookingAt() && proseFollows(s, m.end()) ? m.end() : 0;
  }

  /**
   * End of a leading time stamp ("Updated Jul 7, 2012 6:40 PM ET", "12/28/2015 AT 04:50 PM EST", "Tuesday, August
   * 25, 2015, 12:41 AM"): a run of date and clock words holding a clock time, a month with a number, or a year
   * with a day.
   */
  static int stampEnd(String s) {
    Matcher word = WORD.matcher(s);
    int end = 0;
    int words = 0;
    boolean clock = false;
    boolean month = false;
    boolean number = false;
    boolean year = false;
    while (word.find()) {
      String w = word.group().toLowerCase(Locale.ROOT).replaceAll("[,.]$", "");
      boolean isClock = CLOCK.matcher(w).matches();
      boolean isNumber = DATE_NUMBER.matcher(w).matches();
      if (!(isClock || isNumber || STAMP_WORDS.contains(w) || w.isEmpty())) {
        break;
      }
      clock |= isClock;
      month |= MONTHS.contains(w);
      number |= isNumber;
      year |= YEAR.matcher(w).matches();
      words++;
      end = word.end();
    }
    // A year with a day beside it ("9, 2025") is a date even when the month was glued to a byline.
    boolean stamp = words >= 2 && (clock || (month && number) || (year && words >= 3));
    while (end < s.length() && Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    return stamp && proseFollows(s, end) ? end : 0;
  }

  /**
   * True when a capital, digit, quote or bracket stands at {@code at}: the next words open a clause (or a further
   * prefix) of their own.
   */
  private static boolean proseFollows(String s, int at) {
    if (at >= s.length()) {
      return false;
    }
    char c = s.charAt(at);
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'`(".indexOf(c) >= 0;
  }
}
