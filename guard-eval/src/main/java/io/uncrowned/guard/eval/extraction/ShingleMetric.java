package io.uncrowned.guard.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's metric, written from its description: texts become word tokens,
 * tokens become overlapping 4-token shingles counted as multisets, and a page's tp/fp/fn are the
 * shingle-count overlaps normalised by their sum.
 *
 * <p>A token is a run of word characters as Python 3's {@code re} module defines {@code \w} for str
 * patterns: letters, numbers (any Unicode number category) and the underscore. Case is kept. A text with
 * fewer tokens than the shingle size gives one shingle of all its tokens, and a text without tokens gives
 * none, as the benchmark's own script does.
 */
public final class ShingleMetric {
  /** The shingle size the benchmark uses. */
  public static final int SHINGLE = 4;

  private ShingleMetric() {}

  /** Scores one page: {@code truth} is the gold article body, {@code prediction} an extractor's. */
  public static PageScore score(String truth, String prediction) {
    Map<List<String>, Integer> gold = shingles(tokens(truth));
    Map<List<String>, Integer> pred = shingles(tokens(prediction));
    Set<List<String>> keys = new HashSet<>(gold.keySet());
    keys.addAll(pred.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int g = gold.getOrDefault(key, 0);
      int p = pred.getOrDefault(key, 0);
      tp += Math.min(g, p);
      fp += Math.max(0, p - g);
      fn += Math.max(0, g - p);
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new PageScore(0, 0, 0) : new PageScore(tp / sum, fp / sum, fn / sum);
  }

  /**
   * Averages page scores: precision over pages whose prediction had shingles, recall over pages whose
   * gold text had shingles (so an empty prediction costs recall but not precision), F1 from the two.
   */
  public static Scores average(List<PageScore> pages) {
    double p = pages.stream().filter(PageScore::countsForPrecision).mapToDouble(PageScore::precision).average().orElse(0);
    double r = pages.stream().filter(PageScore::countsForRecall).mapToDouble(PageScore::recall).average().orElse(0);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Scores(p, r, f1);
  }

  /** The word tokens of a text, in order; none for null. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isWord(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  // Python's str \w is isalnum() or '_'; isalnum covers letter categories and all number categories,
  // but not combining marks (which Java's UNICODE_CHARACTER_CLASS \w would include).
  private static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n && !tokens.isEmpty(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
    }
    return counts;
  }
}
