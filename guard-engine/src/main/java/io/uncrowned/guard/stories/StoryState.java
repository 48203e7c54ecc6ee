package io.uncrowned.guard.stories;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the clusterer remembers of one story: its span in article time, its member count, the sum of its
 * members' vectors, and how many members name each entity, place and event. Immutable: joining returns a new
 * state. Kept in the store beside the memberships so a restart needs no re-clustering.
 *
 * @param vectorSum element-wise sum of the members' unit vectors (its direction is the centroid)
 * @param entities entity id to the number of members naming it
 * @param places place key to the number of members naming it
 * @param events event key to the number of members reporting it
 * @param keywords keyword to the number of members using it
 * @param terms word to the number of members using it (the story's lexical profile, see {@link Terms})
 */
public record StoryState(
    StoryId id,
    Instant firstSeen,
    Instant lastSeen,
    int size,
    float[] vectorSum,
    Map<String, Integer> entities,
    Map<String, Integer> places,
    Map<String, Integer> events,
    Map<String, Integer> keywords,
    Map<String, Integer> terms) {
  public StoryState {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    vectorSum = vectorSum == null ? new float[0] : vectorSum.clone();
    entities = Map.copyOf(entities);
    places = Map.copyOf(places);
    events = Map.copyOf(events);
    keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }

  /** A story founded by one article. */
  public static StoryState founding(StoryId id, ArticleSignals a) {
    return new StoryState(id, a.when(), a.when(), 0, new float[a.vector().length], Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of())
        .join(a);
  }

  /** This story with {@code a} as a member. */
  public StoryState join(ArticleSignals a) {
    float[] sum = vectorSum.length == 0 ? new float[a.vector().length] : vectorSum.clone();
    a.addTo(sum);
    Instant first = a.when().isBefore(firstSeen) ? a.when() : firstSeen;
    Instant last = a.when().isAfter(lastSeen) ? a.when() : lastSeen;
    return new StoryState(id, first, last, size + 1, sum, bump(entities, a.entities().keySet()),
        bump(places, a.places()), bump(events, a.events()), bump(keywords, a.keywords()),
        bump(terms, a.terms().keySet()));
  }

  @Override
  public float[] vectorSum() {
    return vectorSum.clone();
  }

  /** The unit-length centroid of the members' vectors; empty when they had none. */
  float[] centroid() {
    double norm = 0;
    for (float v : vectorSum) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    float[] c = new float[vectorSum.length];
    for (int d = 0; d < c.length && norm > 0; d++) {
      c[d] = (float) (vectorSum[d] / norm);
    }
    return c;
  }

  /** Whether {@code when} lies within {@code gap} of this story's span. */
  boolean warmAt(Instant when, java.time.Duration gap) {
    return !when.isAfter(lastSeen.plus(gap)) && !when.isBefore(firstSeen.minus(gap));
  }

  private static Map<String, Integer> bump(Map<String, Integer> counts, Set<String> keys) {
    Map<String, Integer> out = new HashMap<>(counts);
    keys.forEach(k -> out.merge(k, 1, Integer::sum));
    return out;
  }
}
