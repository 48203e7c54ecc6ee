package io.uncrowned.guard.serve.adapt;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.serve.StoryCatalog;
import io.uncrowned.guard.serve.web.ArticleStories;
import io.uncrowned.guard.stories.Story;
import io.uncrowned.guard.stories.StoryArticle;
import io.uncrowned.guard.stories.StoryId;
import io.uncrowned.guard.stories.StoryReader;
import io.uncrowned.guard.stories.StoryRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The engine's developing stories as the API, feeds and web UI read them. Articles stored since the last read
 * (an ingest over HTTP) are placed into stories first, so a new article's story is there on the next request.
 */
public final class StoredStories implements StoryCatalog, ArticleStories {
  private final Supplier<StoryReader> catchUp;
  private final LongSupplier version;
  private StoryReader reader;
  private long readAt = Long.MIN_VALUE;

  /**
   * @param catchUp places unassigned articles and returns a reader (see {@link EngineViews})
   * @param version the store's max sequence number: a change means new articles to place
   */
  public StoredStories(Supplier<StoryReader> catchUp, LongSupplier version) {
    this.catchUp = Objects.requireNonNull(catchUp, "catchUp");
    this.version = Objects.requireNonNull(version, "version");
  }

  private synchronized StoryReader reader() {
    long now = version.getAsLong();
    if (reader == null || now != readAt) {
      reader = catchUp.get();
      readAt = now;
    }
    return reader;
  }

  @Override
  public List<Summary> stories(Instant since, int limit) {
    return reader().list(since, limit).stream().map(StoredStories::summary).toList();
  }

  @Override
  public Optional<Detail> story(String id) {
    StoryId storyId;
    try {
      storyId = new StoryId(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return reader().find(storyId).map(StoredStories::detail);
  }

  @Override
  public Optional<String> storyOf(ArticleId id) {
    return reader().storyOf(id).map(StoryId::value);
  }

  private static Summary summary(StoryRow r) {
    return new Summary(r.id().value(), r.title(), r.firstSeen(), r.lastSeen(), r.members(), r.independentSources());
  }

  private static Detail detail(Story s) {
    Summary summary = new Summary(s.id().value(), s.title(), s.firstSeen(), s.lastSeen(), s.articles().size(),
        s.independentSources());
    return new Detail(
        summary,
        s.articles().stream().map(StoryArticle::id).toList(),
        s.places().stream().map(c -> c.value().name()).toList(),
        s.entities().stream().map(c -> c.value().name()).toList(),
        s.timeline().stream().map(StoredStories::entry).toList(),
        s.brief().sentences().stream().map(l -> new BriefSentence(l.text(), l.article())).toList());
  }

  private static TimelineEntry entry(io.uncrowned.guard.stories.TimelineEntry e) {
    Instant at = e.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    String kind = e instanceof io.uncrowned.guard.stories.TimelineEntry.Decision d
        ? "policy: " + d.policy().kind().label()
        : "event: " + ((io.uncrowned.guard.stories.TimelineEntry.Happening) e).event().trigger();
    return new TimelineEntry(at, kind, e.evidence(), e.article());
  }
}
