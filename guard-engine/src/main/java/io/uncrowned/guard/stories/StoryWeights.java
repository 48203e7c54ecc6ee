package io.uncrowned.guard.stories;

import java.time.Duration;
import java.util.Objects;

/**
 * How the clusterer weighs its signals. An article joins the best warm story whose score reaches {@code
 * threshold}; the score is a weighted sum of the embedding cosine with the story's centroid and the shares of
 * the article's entities, places and events that the story's members already name.
 *
 * @param embedding weight of the title-and-lead cosine
 * @param lexical weight of the TF-IDF cosine of the article's words with the story's, IDF learned from the stream
 * @param entities weight of the shared salient entities
 * @param places weight of the shared places
 * @param events weight of the shared events and policy events
 * @param keywords weight of the shared keywords (frequent content words)
 * @param threshold least score to join a story
 * @param coldAfter a story no article reached within this gap (in article time) is cold and never joined
 * @param echo cosine from which a member from another source is counted as a rewrite of an earlier member,
 *     not as an independent source
 */
public record StoryWeights(
    double embedding, double lexical, double entities, double places, double events, double keywords, double threshold,
    Duration coldAfter, double echo) {
  /**
   * Tuned on the even-numbered ECB+ topics by {@code guard eval stories} (B-cubed F1); events earned no weight
   * there (ECB+ texts are short and our event keys rarely recur across reports), so they only find candidates.
   */
  public static final StoryWeights DEFAULT =
      new StoryWeights(1.0, 2.0, 0.5, 0.5, 0.0, 0.5, 1.20, Duration.ofDays(7), 0.95);

  public StoryWeights {
    Objects.requireNonNull(coldAfter, "coldAfter");
    if (coldAfter.isNegative() || coldAfter.isZero()) {
      throw new IllegalArgumentException("coldAfter must be positive: " + coldAfter);
    }
  }

  public StoryWeights withColdAfter(Duration gap) {
    return new StoryWeights(embedding, lexical, entities, places, events, keywords, threshold, gap, echo);
  }

  public StoryWeights withThreshold(double t) {
    return new StoryWeights(embedding, lexical, entities, places, events, keywords, t, coldAfter, echo);
  }
}
