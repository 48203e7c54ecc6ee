package io.uncrowned.guard.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word counting and content-word extraction shared by the summarizer's parts. */
final class Words {
  private Words() {}

  /** Whitespace-separated pieces that hold at least one letter or digit (a lone "." or "--" is no word). */
  static int count(String text) {
    int n = 0;
    boolean inWord = false;
    boolean alnum = false;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space) {
        if (inWord && alnum) {
          n++;
        }
        inWord = false;
        alnum = false;
      } else {
        inWord = true;
        alnum |= Character.isLetterOrDigit(text.charAt(i));
      }
    }
    return n;
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
