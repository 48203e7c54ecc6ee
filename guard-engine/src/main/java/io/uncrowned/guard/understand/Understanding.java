package io.uncrowned.guard.understand;

import io.uncrowned.guard.brief.Brief;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.places.PlaceFocus;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.util.List;
import java.util.Objects;

/**
 * Who and where in one article: canonical entities with their mentions, resolved places, and the
 * article's place focus. All spans index the article's canonical text.
 *
 * @param status whether the article was analysed
 * @param note why not, when not analysed ("not analysed: language de"); for an analysed article, which of its
 *     later stages (events, brief) failed on it, if any; empty otherwise
 * @param events the events and policy events the article reports; none when the stage did not run (and in
 *     understandings stored before it existed)
 * @param brief our TL;DR and key points (and the author's TL;DR); null when no brief was made
 */
public record Understanding(
    Status status,
    String note,
    List<Entity> entities,
    List<EntityMention> entityMentions,
    List<PlaceMention> places,
    PlaceFocus focus,
    ArticleEvents events,
    Brief brief) {

  /** Whether an article went through the understanding layer. */
  public enum Status {
    ANALYSED,
    NOT_ANALYSED
  }

  public Understanding {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
    entities = List.copyOf(entities);
    entityMentions = List.copyOf(entityMentions);
    places = List.copyOf(places);
    Objects.requireNonNull(focus, "focus");
    events = events == null ? ArticleEvents.NONE : events;
  }

  /** The same understanding with {@code brief}. */
  public Understanding withBrief(Brief brief) {
    return new Understanding(status, note, entities, entityMentions, places, focus, events, brief);
  }

  /** An article the layer did not analyse, and why (shown to users as is). */
  public static Understanding notAnalysed(String why) {
    return new Understanding(Status.NOT_ANALYSED, why, List.of(), List.of(), List.of(), PlaceFocus.NONE,
        ArticleEvents.NONE, null);
  }

  public boolean analysed() {
    return status == Status.ANALYSED;
  }
}
