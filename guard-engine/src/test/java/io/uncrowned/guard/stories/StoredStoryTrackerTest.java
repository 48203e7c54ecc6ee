package io.uncrowned.guard.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.dedupe.DuplicateKind;
import io.uncrowned.guard.dedupe.MinHasher;
import io.uncrowned.guard.store.DuplicateRecord;
import io.uncrowned.guard.store.SqliteStore;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story assignments in the SQLite store: reprints and same-copy rewrites count once towards independent
 * sources, assignments survive a restart and carry on there, and assigning again changes nothing.
 * All articles are synthetic (invented outlets and officials, real places).
 */
class StoredStoryTrackerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-04-02T12:00:00Z"), ZoneOffset.UTC);
  private static final MinHasher HASHER = new MinHasher(16, 5, 1);

  @TempDir Path dir;

  private final Article first = Fixtures.article("https://northline.example/porto-1", "Northline Dispatch",
      "Porto council approves congestion charge for the historic centre",
      "Synthetic. Porto's council approved a congestion charge for cars entering the historic centre, councillor"
          + " Amara Lestrade said on Monday. The charge starts in June.", "2024-04-01T08:00:00Z");
  private final Article second = Fixtures.article("https://harbour-post.example/porto-2", "Harbour Post",
      "Drivers face congestion charge in Porto historic centre from June",
      "Synthetic. Drivers entering Porto's historic centre will pay a congestion charge from June after the council"
          + " approved the plan, officials said.", "2024-04-01T15:00:00Z");
  private final Article sameDesk = Fixtures.article("https://northline.example/porto-3", "Northline Dispatch",
      "Porto congestion charge: shop owners in the historic centre worry",
      "Synthetic. Shop owners in Porto's historic centre fear the congestion charge approved by the council will keep"
          + " customers away.", "2024-04-02T09:00:00Z");
  private final Article unrelated = Fixtures.article("https://harbour-post.example/malaga", "Harbour Post",
      "Malaga limits garden watering as reservoirs fall",
      "Synthetic. Malaga limited garden watering to two evenings a week as its reservoirs fell to a third of their"
          + " capacity, the water utility said.", "2024-04-02T10:00:00Z");

  @Test
  void reprintsAndOneSourceCountOnceTowardsIndependentSources() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("store.db"), CLOCK)) {
      StoredStoryTracker tracker = tracker(store);
      StoryId story = assign(store, tracker, first, "Porto");
      assertEquals(story, assign(store, tracker, second, "Porto"));
      assertEquals(story, assign(store, tracker, sameDesk, "Porto"));
      store.putDuplicate(reprintOf(first, "https://wire-copy.example/porto"));
      store.putDuplicate(reprintOf(second, "https://another-desk.example/porto"));
      store.commit();
      StoryRow row = store.findStory(story).orElseThrow();
      assertEquals(3, row.members());
      assertEquals(5, row.reports(), "members and their two reprints");
      assertEquals(2, row.independentSources(), "Northline twice and two reprints still make two sources");
      Story whole = reader(store).find(story).orElseThrow();
      assertEquals(1, whole.articles().get(0).reprints());
      assertFalse(whole.articles().get(2).independent());
    }
  }

  @Test
  void assignmentsSurviveARestartAndClusteringCarriesOn() {
    StoryId story;
    try (SqliteStore store = SqliteStore.open(dir.resolve("store.db"), CLOCK)) {
      StoredStoryTracker tracker = tracker(store);
      story = assign(store, tracker, first, "Porto");
      assertNotEquals(story, assign(store, tracker, unrelated, "Malaga"));
    }
    try (SqliteStore store = SqliteStore.open(dir.resolve("store.db"), CLOCK)) {
      StoredStoryTracker tracker = tracker(store);
      assertEquals(story, store.findStoryOf(first.id()).orElseThrow());
      assertEquals(story, assign(store, tracker, second, "Porto"), "joins the story restored from the store");
      assertEquals(story, assign(store, tracker, first, "Porto"), "a re-run keeps the assignment");
      assertEquals(2, store.findStory(story).orElseThrow().members(), "and does not count the article twice");
      assertEquals(2, store.stories(null, 10).size());
    }
  }

  @Test
  void catchUpAssignsOnlyArticlesWithoutAStory() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("store.db"), CLOCK)) {
      for (Article a : List.of(first, second, unrelated)) {
        store.put(a, HASHER.signature(a.text()));
        store.putUnderstanding(a.id(), Fixtures.naming(a.text(), a == unrelated ? "Malaga" : "Porto"));
      }
      store.commit();
      assertEquals(3, tracker(store).catchUp(store));
      assertEquals(0, tracker(store).catchUp(store));
      assertEquals(store.findStoryOf(first.id()), store.findStoryOf(second.id()));
      assertTrue(store.unassigned().isEmpty());
    }
  }

  private static StoredStoryTracker tracker(SqliteStore store) {
    return new StoredStoryTracker(store, new SignalReader(new Fixtures.WordsEmbedder()),
        StoryWeights.DEFAULT.withThreshold(0.5));
  }

  private static StoryReader reader(SqliteStore store) {
    return new StoryReader(store, store, new StoryBriefer(new Fixtures.WordsEmbedder()));
  }

  private static StoryId assign(SqliteStore store, StoredStoryTracker tracker, Article a, String place) {
    long seq = store.put(a, HASHER.signature(a.text()));
    Understanding u = Fixtures.naming(a.text(), place);
    store.putUnderstanding(a.id(), u);
    StoryId id = tracker.assign(new StoredArticle(a, seq, CLOCK.instant()), u);
    store.commit();
    return id;
  }

  private static DuplicateRecord reprintOf(Article original, String url) {
    return new DuplicateRecord(ArticleId.fromUrl(URI.create(url)), original.id(), DuplicateKind.EXACT, 1.0,
        URI.create(url), original.title(), url, CLOCK.instant());
  }
}
