package io.uncrowned.guard.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.brief.Brief;
import io.uncrowned.guard.brief.BriefSentence;
import io.uncrowned.guard.dedupe.MinHasher;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.store.SqliteStore;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole story read back: articles by date, a brief whose shared sentence is credited to both members, and a
 * timeline dated by the articles with one entry per happening. Synthetic texts, invented outlets and people.
 */
class StoryReaderTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-03T12:00:00Z"), ZoneOffset.UTC);
  private static final String SHARED = "The Kraków city council froze new short-term rental permits in the Old Town.";

  @TempDir Path dir;

  @Test
  void readsArticlesBriefAndTimelineOfAStory() {
    Article early = Fixtures.article("https://valley-herald.example/krakow-freeze", "Valley Herald",
        "Kraków freezes short-term rental permits",
        "Synthetic. " + SHARED + " Councillor Marta Zielinsky said hosts would be consulted in June.",
        "2024-05-01T08:00:00Z");
    Article late = Fixtures.article("https://meridian.example/krakow-hosts", "Meridian Policy Review",
        "Kraków hosts weigh court challenge to rental freeze",
        "Synthetic. " + SHARED + " Hosts said they would challenge the freeze in the administrative court.",
        "2024-05-02T08:00:00Z");
    try (SqliteStore store = SqliteStore.open(dir.resolve("store.db"), CLOCK)) {
      StoredStoryTracker tracker = new StoredStoryTracker(store, new SignalReader(new Fixtures.WordsEmbedder()),
          StoryWeights.DEFAULT.withThreshold(0.5));
      // the later article arrives first: the story still reads in date order
      StoryId story = put(store, tracker, late);
      assertEquals(story, put(store, tracker, early));

      Story s = new StoryReader(store, store, new StoryBriefer(new Fixtures.WordsEmbedder())).find(story)
          .orElseThrow();
      assertEquals(List.of(early.id(), late.id()), s.articles().stream().map(StoryArticle::id).toList());
      assertEquals(Instant.parse("2024-05-01T08:00:00Z"), s.firstSeen());
      assertEquals(2, s.independentSources());
      StoryBrief.Line shared = s.brief().sentences().stream().filter(l -> l.text().equals(SHARED)).findFirst()
          .orElseThrow(() -> new AssertionError("shared sentence missing from " + s.brief().text()));
      assertEquals(2, shared.sources().size(), "credited to both members");
      assertEquals(1, s.brief().sentences().stream().filter(l -> l.text().equals(SHARED)).count());
      assertEquals(SHARED, shared.span().of(store.find(shared.article()).orElseThrow().article().text()));

      assertEquals(1, s.timeline().size(), "the freeze reported by both is one entry");
      TimelineEntry freeze = s.timeline().get(0);
      assertEquals(LocalDate.parse("2024-05-01"), freeze.date());
      assertEquals(early.id(), freeze.article());
      assertEquals(List.of(late.id()), freeze.alsoIn());
      assertTrue(freeze.evidence().contains("froze"));
      assertEquals("Kraków", s.entities().get(0).value().name());
      assertEquals(2, s.entities().get(0).articles());
    }
  }

  private static StoryId put(SqliteStore store, StoredStoryTracker tracker, Article a) {
    long seq = store.put(a, new MinHasher(16, 5, 1).signature(a.text()));
    Understanding u = understanding(a);
    store.putUnderstanding(a.id(), u);
    StoryId id = tracker.assign(new StoredArticle(a, seq, CLOCK.instant()), u);
    store.commit();
    return id;
  }

  /** Names Kraków, reports the freeze, and briefs the article with its two sentences. */
  private static Understanding understanding(Article a) {
    String text = a.text();
    int s1 = text.indexOf(SHARED);
    Span shared = new Span(s1, s1 + SHARED.length());
    Span rest = new Span(shared.end() + 1, text.length());
    int verb = text.indexOf("froze");
    Party council = new Party("The Kraków city council", "Kraków city council", null, "PL", new Span(s1, s1 + 23));
    Event freeze = new Event("freeze", council, "froze", null, null, null, new Span(verb, verb + 5), shared);
    Brief brief = new Brief(List.of(new BriefSentence(SHARED, shared, 1.0)),
        List.of(new BriefSentence(rest.of(text), rest, 0.5)), null, null);
    Understanding u = Fixtures.naming(text, "Kraków");
    return new Understanding(u.status(), u.note(), u.entities(), u.entityMentions(), u.places(), u.focus(),
        new ArticleEvents(List.of(freeze), List.of(), 1), brief);
  }
}
