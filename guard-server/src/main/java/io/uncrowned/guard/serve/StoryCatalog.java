package io.uncrowned.guard.serve;

import io.uncrowned.guard.article.ArticleId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server needs from story clustering: the list of stories and one story. The stories stage
 * provides an adapter; until then {@link #NONE} answers "no stories" and the story endpoints say so.
 * Implementations must be thread-safe (requests run in parallel).
 */
public interface StoryCatalog {
  /** No story clustering in this build: no stories, and {@link #available()} is false. */
  StoryCatalog NONE = new StoryCatalog() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public List<Summary> stories(Instant since, int limit) {
      return List.of();
    }

    @Override
    public Optional<Detail> story(String id) {
      return Optional.empty();
    }
  };

  /** Whether stories are tracked at all (false: the API says "not available" rather than "none yet"). */
  default boolean available() {
    return true;
  }

  /**
   * Stories last seen at or after {@code since} (null: any), most recently active first, at most {@code
   * limit} (1..1000).
   */
  List<Summary> stories(Instant since, int limit);

  /** One story by its id; empty when there is none. */
  Optional<Detail> story(String id);

  /**
   * One story in a list.
   *
   * @param id stable id, safe in a URL path segment
   * @param firstSeen earliest publication (or ingest) time of its articles
   * @param lastSeen latest one
   * @param articleCount all member articles, reprints included
   * @param independentSources sources counted once per near-duplicate group
   */
  record Summary(String id, String title, Instant firstSeen, Instant lastSeen, int articleCount,
      int independentSources) {
    public Summary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * One story in full.
   *
   * @param articles member articles, oldest first
   * @param places names of its places, most mentioned first
   * @param entities names of its entities, most mentioned first
   * @param timeline its events and policy events in time order
   * @param brief the story brief's sentences, each with the article it was taken from
   */
  record Detail(Summary summary, List<ArticleId> articles, List<String> places, List<String> entities,
      List<TimelineEntry> timeline, List<BriefSentence> brief) {
    public Detail {
      Objects.requireNonNull(summary, "summary");
      articles = List.copyOf(articles);
      places = List.copyOf(places);
      entities = List.copyOf(entities);
      timeline = List.copyOf(timeline);
      brief = List.copyOf(brief);
    }
  }

  /** One dated step of a story: {@code kind} is e.g. "event" or a policy-event kind ("restrict", "lift"). */
  record TimelineEntry(Instant at, String kind, String text, ArticleId article) {}

  /** One sentence of a story brief, taken from {@code article}. */
  record BriefSentence(String text, ArticleId article) {}
}
