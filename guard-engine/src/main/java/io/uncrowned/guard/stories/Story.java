package io.uncrowned.guard.stories;

import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.places.Place;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A developing story as readers see it: its articles, when it was first and last seen, who and where it is
 * about, the timeline of what happened and what was decided, and a brief drawn from all its articles.
 *
 * @param title the headline of the member nearest the story's centroid
 * @param articles members by date (publication, else ingest), ties in arrival order
 * @param reports members plus the reprints and near duplicates recorded against them
 * @param independentSources distinct sources among the members, each source and each rewrite of another
 *     member's copy counted once; always at most {@code articles.size()}
 * @param entities entities named by the members, most widely named first
 * @param places resolved places named by the members, most widely named first
 * @param timeline events and policy events, oldest first
 */
public record Story(
    StoryId id,
    String title,
    List<StoryArticle> articles,
    Instant firstSeen,
    Instant lastSeen,
    int reports,
    int independentSources,
    List<Counted<Entity>> entities,
    List<Counted<Place>> places,
    List<TimelineEntry> timeline,
    StoryBrief brief) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    timeline = List.copyOf(timeline);
    Objects.requireNonNull(brief, "brief");
  }

  /**
   * Something named in a story, with how many of its articles name it.
   *
   * @param articles members naming it, at least 1
   */
  public record Counted<T>(T value, int articles) {
    public Counted {
      Objects.requireNonNull(value, "value");
    }
  }
}
