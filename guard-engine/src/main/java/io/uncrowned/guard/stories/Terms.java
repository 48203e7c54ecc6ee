package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.Article;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every word of an article with how often it occurs, headline words counted twice: the input of the lexical
 * (TF-IDF) signal. Unlike {@link Keywords} it keeps numbers and short words, because two events of one kind
 * ("23 pirates" and "26 pirates", a 2008 quake and a 2011 one) are told apart by exactly such particulars; how
 * much each word counts is left to its rarity in the stream ({@link TermStatistics}).
 */
public final class Terms {
  /** A bound on the words kept per article (the most frequent), so one very long text cannot bloat a story. */
  static final int KEEP = 400;

  private Terms() {}

  /** Lower-case word to its count in the title (twice) and text; never null. */
  public static Map<String, Integer> of(Article article) {
    Map<String, Integer> counts = new HashMap<>();
    count(article.title(), 2, counts);
    count(article.text(), 1, counts);
    if (counts.size() <= KEEP) {
      return counts;
    }
    Map<String, Integer> kept = new HashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(KEEP)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private static void count(String text, int weight, Map<String, Integer> counts) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 2 || (!w.isEmpty() && Character.isDigit(w.charAt(0)))) {
        counts.merge(w, weight, Integer::sum);
      }
    }
  }
}
