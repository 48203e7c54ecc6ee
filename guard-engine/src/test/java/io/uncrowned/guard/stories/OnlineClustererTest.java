package io.uncrowned.guard.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.ArticleId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The single pass: warm stories are joined, cold ones are not, and a restored story carries on. */
class OnlineClustererTest {
  private static final StoryWeights WEIGHTS = StoryWeights.DEFAULT.withColdAfter(Duration.ofDays(7));

  @Test
  void aCloseArticleJoinsAWarmStory() {
    OnlineClusterer c = new OnlineClusterer(WEIGHTS);
    Placement first = c.place(signals("0000000000000001", "2024-03-01T08:00:00Z", 1f, "location:kyiv"));
    Placement second = c.place(signals("0000000000000002", "2024-03-03T08:00:00Z", 1f, "location:kyiv"));
    assertTrue(first.founded());
    assertFalse(second.founded());
    assertEquals(first.story(), second.story());
    assertEquals(2, second.state().size());
  }

  @Test
  void aColdStoryIsNotJoinedEvenByTheSameNews() {
    OnlineClusterer c = new OnlineClusterer(WEIGHTS);
    Placement first = c.place(signals("0000000000000001", "2024-03-01T08:00:00Z", 1f, "location:kyiv"));
    Placement late = c.place(signals("0000000000000002", "2024-03-09T09:00:00Z", 1f, "location:kyiv"));
    assertTrue(late.founded(), "eight days after the last article the story is cold");
    assertNotEquals(first.story(), late.story());
  }

  @Test
  void aDifferentArticleFoundsItsOwnStory() {
    OnlineClusterer c = new OnlineClusterer(WEIGHTS);
    Placement first = c.place(signals("0000000000000001", "2024-03-01T08:00:00Z", 1f, "location:kyiv"));
    Placement other = c.place(signals("0000000000000002", "2024-03-01T09:00:00Z", -1f, "location:porto"));
    assertTrue(other.founded());
    assertNotEquals(first.story(), other.story());
  }

  @Test
  void aRestoredStoryIsJoinedAsIfThereHadBeenNoRestart() {
    OnlineClusterer before = new OnlineClusterer(WEIGHTS);
    Placement first = before.place(signals("0000000000000001", "2024-03-01T08:00:00Z", 1f, "location:kyiv"));
    OnlineClusterer after = new OnlineClusterer(WEIGHTS);
    after.restore(first.state());
    Placement next = after.place(signals("0000000000000002", "2024-03-02T08:00:00Z", 1f, "location:kyiv"));
    assertEquals(first.story(), next.story());
  }

  @Test
  void theFounderPlacedAgainDoesNotCountTwice() {
    OnlineClusterer c = new OnlineClusterer(WEIGHTS.withThreshold(99));
    ArticleSignals a = signals("0000000000000001", "2024-03-01T08:00:00Z", 1f, "location:kyiv");
    c.place(a);
    assertEquals(1, c.place(a).state().size());
  }

  /** A unit vector along the first axis (sign {@code direction}) and one named entity. */
  static ArticleSignals signals(String id, String when, float direction, String entity) {
    float[] v = new float[4];
    v[0] = direction;
    return new ArticleSignals(new ArticleId(id), "Synthetic Wire", Instant.parse(when), v, Map.of(entity, 2),
        Set.of(), Set.of(), Set.of());
  }
}
