package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import java.util.Objects;

/**
 * One article's membership of a story, as stored.
 *
 * @param ordinal the article's place in the story's arrival order, from 0 (the founder)
 * @param score the clusterer's score when it joined; 0 for the founder
 * @param independent false when the article repeats an earlier member from another source (a rewrite of the
 *     same copy) or comes from a source already counted; such articles count towards the story's articles but
 *     not its independent sources
 * @param signals what the clusterer read from the article
 */
public record StoryMember(
    StoryId story, ArticleId article, int ordinal, double score, boolean independent, ArticleSignals signals) {
  public StoryMember {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(signals, "signals");
  }
}
