package io.uncrowned.guard.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of words over the articles of the warm stories, learned from the stream as it arrives
 * (never from a labelled set): the IDF of the lexical signal. Because cold stories leave it when the
 * clusterer drops them, a word's rarity is measured against the recent news, so this week's everywhere-word
 * ("earthquake" during a quake) weighs less than last month's. Not thread-safe, like its clusterer.
 */
final class TermStatistics {
  private final Map<String, Integer> df = new HashMap<>();
  private int documents;

  /** Counts one more article containing {@code words}. */
  void addDocument(Iterable<String> words) {
    documents++;
    words.forEach(w -> df.merge(w, 1, Integer::sum));
  }

  /** Counts a story's articles in (on restore) or out (when it is dropped), by its word-to-members table. */
  void addStory(int size, Map<String, Integer> membersWith, int sign) {
    documents += sign * size;
    membersWith.forEach((w, n) -> {
      int left = df.getOrDefault(w, 0) + sign * n;
      if (left > 0) {
        df.put(w, left);
      } else {
        df.remove(w);
      }
    });
  }

  /** Smoothed inverse document frequency; a word never seen gets the highest. */
  double idf(String word) {
    return Math.log((documents + 1.0) / (df.getOrDefault(word, 0) + 0.5));
  }

  int documents() {
    return documents;
  }
}
