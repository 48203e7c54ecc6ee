package io.uncrowned.guard.stories;

import java.util.Map;
import java.util.Set;

/**
 * How well an article fits a story: the weighted sum of the cosine of its title-and-lead vector with the
 * story's centroid and of the shares of its salient entities, places and events that the story's members name.
 * A share weighs each name by how many of the story's members carry it, so a name mentioned once in passing
 * by a large story counts for little.
 */
final class StoryScorer {
  /** Only an article's most mentioned entities vote: the long tail is mostly background. */
  static final int SALIENT_ENTITIES = 10;

  private final StoryWeights w;

  StoryScorer(StoryWeights weights) {
    this.w = weights;
  }

  double score(ArticleSignals a, StoryState s) {
    return w.embedding() * a.cosine(s.centroid())
        + w.entities() * entityShare(a.entities(), s)
        + w.places() * share(a.places(), s.places(), s.size())
        + w.events() * share(a.events(), s.events(), s.size());
  }

  private static double entityShare(Map<String, Integer> mentions, StoryState s) {
    double total = 0;
    double shared = 0;
    var salient = mentions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(SALIENT_ENTITIES)
        .toList();
    for (Map.Entry<String, Integer> e : salient) {
      double weight = 1 + Math.log(e.getValue());
      total += weight;
      shared += weight * s.entities().getOrDefault(e.getKey(), 0) / (double) s.size();
    }
    return total == 0 ? 0 : shared / total;
  }

  private static double share(Set<String> keys, Map<String, Integer> story, int size) {
    if (keys.isEmpty()) {
      return 0;
    }
    double shared = 0;
    for (String k : keys) {
      shared += story.getOrDefault(k, 0) / (double) size;
    }
    return shared / keys.size();
  }
}
