package io.uncrowned.guard.stories;

import java.util.Objects;

/**
 * Where the clusterer put one article.
 *
 * @param story the story it joined or founded
 * @param founded true when the article started a new story
 * @param score the winning story's score; 0 for a founded story
 * @param state the story's state after the article joined
 */
public record Placement(StoryId story, boolean founded, double score, StoryState state) {
  public Placement {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(state, "state");
  }
}
