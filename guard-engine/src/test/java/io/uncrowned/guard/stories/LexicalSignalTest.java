package io.uncrowned.guard.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.ArticleId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two events of one kind that the embedding cannot tell apart (same vector here) are told apart by the words
 * only one of them uses, weighed by their rarity in the stream; the word statistics follow the warm stories.
 */
class LexicalSignalTest {
  private static final String WHEN = "2024-03-05T06:00:00Z";

  @Test
  void aReportJoinsTheEventWhoseParticularsItSharesThoughBothLookAlike() {
    // embedding alone would put both raids in one story; the threshold only lets particulars decide
    StoryWeights w = new StoryWeights(1.0, 2.0, 0, 0, 0, 0, 1.5, StoryWeights.DEFAULT.coldAfter(), 0.95);
    OnlineClusterer c = new OnlineClusterer(w);
    background(c);
    Placement velmora = c.place(raid("00000000000000a1", "navy seizes 26 pirates velmora aden"));
    Placement korrin = c.place(raid("00000000000000a2", "navy seizes 9 pirates korrin somali basin"));
    assertNotEquals(velmora.story(), korrin.story(), "look-alike raids with different particulars stay apart");
    Placement follow = c.place(raid("00000000000000a3", "velmora frigate 26 pirates handed over aden"));
    assertEquals(velmora.story(), follow.story(), "score " + follow.score());
  }

  @Test
  void aWordInEveryArticleWeighsLessThanARareOne() {
    TermStatistics t = new TermStatistics();
    t.addDocument(List.of("pirates", "velmora"));
    t.addDocument(List.of("pirates", "korrin"));
    t.addDocument(List.of("pirates"));
    assertTrue(t.idf("velmora") > t.idf("pirates"));
    assertTrue(t.idf("never-seen") > t.idf("velmora"));
  }

  @Test
  void aDroppedStoryLeavesTheStatisticsAsIfItHadNeverBeen() {
    TermStatistics t = new TermStatistics();
    t.addDocument(List.of("pirates"));
    double before = t.idf("pirates");
    t.addStory(2, Map.of("pirates", 2, "velmora", 1), 1);
    assertTrue(t.idf("pirates") < before);
    t.addStory(2, Map.of("pirates", 2, "velmora", 1), -1);
    assertEquals(before, t.idf("pirates"), 1e-12);
    assertEquals(1, t.documents());
  }

  @Test
  void aStoryKeepsHowManyOfItsMembersUseEachWordAndIsDroppedWhenCold() {
    OnlineClusterer c = new OnlineClusterer(StoryWeights.DEFAULT.withColdAfter(java.time.Duration.ofDays(7)));
    Placement first = c.place(raid("00000000000000b1", "velmora pirates", "2024-03-01T06:00:00Z"));
    Placement second = c.place(raid("00000000000000b3", "velmora pirates 26", "2024-03-01T08:00:00Z"));
    assertEquals(first.story(), second.story());
    assertEquals(Map.of("velmora", 2, "pirates", 2, "26", 1), second.state().terms());
    c.place(raid("00000000000000b2", "korrin harbour", "2024-04-01T06:00:00Z"));
    assertTrue(c.warmStories().stream().noneMatch(s -> s.id().equals(first.story())),
        "a month later the first story is gone from memory");
  }

  /** Unrelated articles, so that common words are known to be common. */
  private static void background(OnlineClusterer c) {
    String[] others = {"council approves budget for the harbour", "drought restrictions in the province",
        "lithium export licences for the mines", "short term rental freeze in the old town"};
    for (int i = 0; i < others.length; i++) {
      float[] v = new float[4];
      v[1 + i % 3] = 1f;
      c.place(signals("00000000000000c" + i, v, others[i] + " the navy said", WHEN));
    }
  }

  private static ArticleSignals raid(String id, String words) {
    return raid(id, words, WHEN);
  }

  private static ArticleSignals raid(String id, String words, String when) {
    float[] v = new float[4];
    v[0] = 1f;
    return signals(id, v, words, when);
  }

  private static ArticleSignals signals(String id, float[] v, String words, String when) {
    Map<String, Integer> terms = new HashMap<>();
    for (String w : words.split(" ")) {
      terms.merge(w, 1, Integer::sum);
    }
    return new ArticleSignals(new ArticleId(id), "Synthetic Wire", Instant.parse(when), v, Map.of(), Set.of(),
        Set.of(), Set.of(), terms);
  }
}
