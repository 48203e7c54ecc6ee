package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.Article;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An article's most frequent content words, headline words counted twice: the lexical signal. Alone it
 * misses rewordings ("Ukrainian capital" vs "Kyiv"), which the embedding catches; beside the embedding it
 * tells apart two events of one kind by their particulars (numbers, names the NER missed, objects).
 */
public final class Keywords {
  static final int KEEP = 15;
  private static final Set<String> STOP = Set.of(
      "about", "after", "again", "against", "also", "among", "another", "around", "because", "been", "before",
      "being", "between", "both", "could", "does", "during", "each", "even", "first", "from", "have", "having",
      "into", "just", "last", "least", "like", "made", "make", "many", "more", "most", "much", "must", "never",
      "news", "only", "other", "over", "said", "same", "says", "should", "since", "some", "still", "such", "than",
      "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "told", "under",
      "until", "very", "want", "were", "what", "when", "where", "which", "while", "will", "with", "would", "year",
      "years", "your", "synthetic");

  private Keywords() {}

  public static Set<String> of(Article article) {
    Map<String, Integer> counts = new HashMap<>();
    count(article.title(), 2, counts);
    count(article.text(), 1, counts);
    Set<String> out = new LinkedHashSet<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(KEEP)
        .forEach(e -> out.add(e.getKey()));
    return out;
  }

  private static void count(String text, int weight, Map<String, Integer> counts) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        counts.merge(w, weight, Integer::sum);
      }
    }
  }
}
