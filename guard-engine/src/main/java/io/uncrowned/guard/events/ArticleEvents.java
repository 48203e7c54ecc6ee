package io.uncrowned.guard.events;

import java.util.List;

/**
 * The events and policy events of one article.
 *
 * @param parsedSentences how many sentences carried a trigger and were parsed (the stage's cost driver)
 */
public record ArticleEvents(List<Event> events, List<PolicyEvent> policyEvents, int parsedSentences) {
  /** Nothing found. */
  public static final ArticleEvents NONE = new ArticleEvents(List.of(), List.of(), 0);

  public ArticleEvents {
    events = List.copyOf(events);
    policyEvents = List.copyOf(policyEvents);
  }
}
