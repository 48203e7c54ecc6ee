package io.uncrowned.guard.policy;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.events.PolicyEvent;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored policy event with the article that reports it.
 *
 * @param date the day the decision is dated by: the event's (the article's publication day) or, for an
 *     undated article, the day it was ingested
 */
public record PolicyRecord(ArticleId article, String title, String url, LocalDate date, PolicyEvent event) {
  public PolicyRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
  }
}
