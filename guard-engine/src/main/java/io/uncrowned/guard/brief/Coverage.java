package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.entities.EntityId;
import io.uncrowned.guard.understand.entities.EntityMention;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of what the article is about each sentence names: its most repeated content words, with the words of
 * its title and author's TL;DR counted as main words too (the author said they matter), averaged with its main
 * entities (by mention count) when the understanding layer linked them.
 */
final class Coverage {
  private static final int MAIN_ENTITIES = 5;
  private static final int MAIN_WORDS = 10;
  private static final Set<String> STOP =
      Set.of(
          "that", "this", "with", "from", "have", "were", "been", "will", "would", "they", "their", "there", "which",
          "about", "after", "said", "says", "also", "more", "than", "when", "what", "into", "over", "some", "could",
          "other", "them", "then", "just", "only", "where", "while", "before", "being", "because", "these", "those",
          "here", "your", "very", "such", "many", "most", "much", "time", "year", "years", "told", "should", "does");

  private Coverage() {}

  /** Words of the title or author's TL;DR weigh this many mentions more than their count in the body. */
  private static final int GUIDE_BONUS = 2;

  /**
   * Per sentence, the weighted share in [0, 1] of the article's main words (and entities) it contains.
   *
   * @param guides the title and the author's TL;DR, when present
   */
  static double[] of(String text, List<Span> sentences, List<String> guides, List<EntityMention> mentions) {
    double[] words = byWords(text, sentences, guides);
    if (mentions.isEmpty()) {
      return words;
    }
    double[] entities = byEntities(sentences, mentions);
    for (int i = 0; i < words.length; i++) {
      words[i] = (words[i] + entities[i]) / 2;
    }
    return words;
  }

  private static double[] byEntities(List<Span> sentences, List<EntityMention> mentions) {
    Map<EntityId, Long> counts =
        mentions.stream().collect(Collectors.groupingBy(EntityMention::entity, Collectors.counting()));
    List<EntityId> main =
        counts.entrySet().stream()
            .sorted(Map.Entry.<EntityId, Long>comparingByValue().reversed())
            .limit(MAIN_ENTITIES)
            .map(Map.Entry::getKey)
            .toList();
    double total = main.stream().mapToLong(counts::get).sum();
    double[] out = new double[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      Set<EntityId> named = new HashSet<>();
      for (EntityMention m : mentions) {
        if (s.contains(m.span())) {
          named.add(m.entity());
        }
      }
      double got = main.stream().filter(named::contains).mapToLong(counts::get).sum();
      out[i] = total == 0 ? 0 : got / total;
    }
    return out;
  }

  private static double[] byWords(String text, List<Span> sentences, List<String> guides) {
    Map<String, Integer> counts = new HashMap<>();
    List<Set<String>> perSentence = sentences.stream().map(s -> contentWords(s.of(text))).toList();
    perSentence.forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
    Set<String> guideWords = new HashSet<>();
    guides.forEach(g -> guideWords.addAll(contentWords(g)));
    guideWords.forEach(w -> counts.merge(w, GUIDE_BONUS, Integer::sum));
    List<Map.Entry<String, Integer>> main =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= 2)
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(MAIN_WORDS)
            .toList();
    double total = main.stream().mapToInt(Map.Entry::getValue).sum();
    double[] out = new double[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> words = perSentence.get(i);
      double got = main.stream().filter(e -> words.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
      out[i] = total == 0 ? 0 : got / total;
    }
    return out;
  }

  private static Set<String> contentWords(String sentence) {
    Set<String> out = new HashSet<>();
    for (String w : Words.tokens(sentence)) {
      if (w.length() >= 4 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        out.add(w);
      }
    }
    return out;
  }
}
