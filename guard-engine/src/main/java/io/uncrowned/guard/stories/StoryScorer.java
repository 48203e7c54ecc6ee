package io.uncrowned.guard.stories;

import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How well an article fits a story: the weighted sum of the cosine of its title-and-lead vector with the
 * story's centroid, the TF-IDF cosine of its words with the story's (which tells apart two events of one kind
 * that the embedding finds alike) and the shares of its salient entities, places and events that the story's
 * members name.
 * A name weighs by its rarity among the warm stories (a name every story shares, like a country in the news
 * every day, tells stories apart no better than none), and a share counts how many of the story's members
 * carry the name, so a name mentioned once in passing by a large story counts for little.
 */
final class StoryScorer {
  /** Only an article's most mentioned entities vote: the long tail is mostly background. */
  static final int SALIENT_ENTITIES = 10;

  private final StoryWeights w;

  StoryScorer(StoryWeights weights) {
    this.w = weights;
  }

  /**
   * Scores {@code a} against {@code s} on every signal but the lexical one, which {@link #lexical} adds: it is
   * the dearest to compute and at most {@code w.lexical()}, so a caller can skip it where it cannot matter.
   *
   * @param storiesWith how many warm stories carry a key ({@code "e:"}, {@code "p:"} or {@code "v:"} and the name)
   * @param warmStories how many stories are warm
   */
  double scoreWithoutLexical(ArticleSignals a, StoryState s, ToIntFunction<String> storiesWith, int warmStories) {
    Rarity rarity = new Rarity(storiesWith, warmStories);
    return w.embedding() * a.cosine(s.centroid())
        + w.entities() * entityShare(a.entities(), s, rarity)
        + w.places() * share("p:", a.places(), s.places(), s.size(), rarity)
        + w.events() * share("v:", a.events(), s.events(), s.size(), rarity)
        + w.keywords() * share("w:", a.keywords(), s.keywords(), s.size(), rarity);
  }

  /** The weighted lexical part of the score, between 0 and {@code w.lexical()}. */
  double lexicalPart(ArticleSignals a, StoryState s, TermStatistics words) {
    return w.lexical() == 0 ? 0 : w.lexical() * lexical(a.terms(), s, words);
  }

  /** The whole score: {@link #scoreWithoutLexical} plus {@link #lexicalPart}. */
  double score(ArticleSignals a, StoryState s, ToIntFunction<String> storiesWith, int warmStories,
      TermStatistics words) {
    return scoreWithoutLexical(a, s, storiesWith, warmStories) + lexicalPart(a, s, words);
  }

  /** Inverse story frequency of a key among the warm stories. */
  private record Rarity(ToIntFunction<String> storiesWith, int warmStories) {
    double of(String key) {
      return Math.log((warmStories + 1.0) / (storiesWith.applyAsInt(key) + 0.5));
    }
  }

  /**
   * TF-IDF cosine of the article's words with the story's: the article weighs a word by {@code 1 + log(count)},
   * the story by the share of its members using it, both by the word's IDF in the stream.
   */
  static double lexical(Map<String, Integer> terms, StoryState s, TermStatistics words) {
    if (terms.isEmpty() || s.terms().isEmpty()) {
      return 0;
    }
    double dot = 0;
    double articleNorm = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      double idf = words.idf(e.getKey());
      double x = (1 + Math.log(e.getValue())) * idf;
      articleNorm += x * x;
      dot += x * idf * s.terms().getOrDefault(e.getKey(), 0);
    }
    double storyNorm = 0;
    for (Map.Entry<String, Integer> e : s.terms().entrySet()) {
      double y = words.idf(e.getKey()) * e.getValue();
      storyNorm += y * y;
    }
    return articleNorm == 0 || storyNorm == 0 ? 0 : dot / Math.sqrt(articleNorm * storyNorm);
  }

  private static double entityShare(Map<String, Integer> mentions, StoryState s, Rarity rarity) {
    double total = 0;
    double shared = 0;
    var salient = mentions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(SALIENT_ENTITIES)
        .toList();
    for (Map.Entry<String, Integer> e : salient) {
      double weight = (1 + Math.log(e.getValue())) * rarity.of("e:" + e.getKey());
      total += weight;
      shared += weight * s.entities().getOrDefault(e.getKey(), 0) / (double) s.size();
    }
    return total <= 0 ? 0 : shared / total;
  }

  private static double share(String prefix, Set<String> keys, Map<String, Integer> story, int size, Rarity rarity) {
    double total = 0;
    double shared = 0;
    for (String k : keys) {
      double weight = rarity.of(prefix + k);
      total += weight;
      shared += weight * story.getOrDefault(k, 0) / (double) size;
    }
    return total <= 0 ? 0 : shared / total;
  }
}
