package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What story clustering reads from one article: a title-and-lead embedding, its salient entities, places and
 * events, its source and when it appeared. Built once per article by {@link SignalReader} and kept with the
 * story membership, so warm stories can be rebuilt after a restart without touching the NLP models.
 *
 * @param when publication time, else ingest time
 * @param vector unit-length embedding of title and lead; empty when none could be made
 * @param entities canonical entity id to mention count
 * @param places place keys ({@code geo:<geonameId>})
 * @param events event keys: trigger with its place or target, policy kind with actor and subject
 * @param keywords the article's most frequent content words (lower case), see {@link Keywords}
 * @param terms every word (lower case, numbers too) with its count, see {@link Terms}; empty when unknown
 */
public record ArticleSignals(
    ArticleId article,
    String source,
    Instant when,
    float[] vector,
    Map<String, Integer> entities,
    Set<String> places,
    Set<String> events,
    Set<String> keywords,
    Map<String, Integer> terms) {
  public ArticleSignals {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(when, "when");
    vector = vector == null ? new float[0] : vector.clone();
    entities = Map.copyOf(entities);
    places = Set.copyOf(places);
    events = Set.copyOf(events);
    keywords = keywords == null ? Set.of() : Set.copyOf(keywords);
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }

  /** Signals without word counts (as stored before the lexical signal existed). */
  public ArticleSignals(ArticleId article, String source, Instant when, float[] vector, Map<String, Integer> entities,
      Set<String> places, Set<String> events, Set<String> keywords) {
    this(article, source, when, vector, entities, places, events, keywords, Map.of());
  }

  @Override
  public float[] vector() {
    return vector.clone();
  }

  /** Dot product of this article's vector with {@code unit}; 0 when either is missing. */
  double cosine(float[] unit) {
    if (vector.length == 0 || unit.length != vector.length) {
      return 0;
    }
    double s = 0;
    for (int d = 0; d < vector.length; d++) {
      s += vector[d] * unit[d];
    }
    return s;
  }

  /** Adds this article's vector into {@code sum} (same length or empty). */
  void addTo(float[] sum) {
    if (vector.length == sum.length) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += vector[d];
      }
    }
  }
}
