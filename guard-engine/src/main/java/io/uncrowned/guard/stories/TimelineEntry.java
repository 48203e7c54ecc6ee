package io.uncrowned.guard.stories;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.events.PolicyEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated line of a story's timeline: something that happened or a decision, with the article it was read
 * from and the other members that report the same. In JSON, {@code "type"} says which: {@code "event"} or
 * {@code "policy"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TimelineEntry.Happening.class, name = "event"),
  @JsonSubTypes.Type(value = TimelineEntry.Decision.class, name = "policy")
})
public sealed interface TimelineEntry {
  /** The day: the decision's own date when it has one, else its article's (UTC). */
  LocalDate date();

  /** The member it was first read from. */
  ArticleId article();

  /** Further members reporting the same (same trigger, participants and day). */
  List<ArticleId> alsoIn();

  /** The sentence that reports it, from {@link #article()}. */
  String evidence();

  /** The same entry with {@code others} as its further reporting members. */
  TimelineEntry withAlsoIn(List<ArticleId> others);

  /** An event ({@code actor – action – target – place}). */
  record Happening(LocalDate date, ArticleId article, List<ArticleId> alsoIn, String evidence, Event event)
      implements TimelineEntry {
    public Happening {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(article, "article");
      alsoIn = List.copyOf(alsoIn);
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public Happening withAlsoIn(List<ArticleId> others) {
      return new Happening(date, article, others, evidence, event);
    }
  }

  /** A policy decision (grant, restrict, lift, refuse, extend). */
  record Decision(LocalDate date, ArticleId article, List<ArticleId> alsoIn, String evidence, PolicyEvent policy)
      implements TimelineEntry {
    public Decision {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(article, "article");
      alsoIn = List.copyOf(alsoIn);
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Decision withAlsoIn(List<ArticleId> others) {
      return new Decision(date, article, others, evidence, policy);
    }
  }
}
