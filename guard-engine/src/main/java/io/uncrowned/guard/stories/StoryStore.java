package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where story assignments live: memberships, each story's clustering state and its listing row. Writes join
 * the store's current transaction (committed with the articles they belong to).
 */
public interface StoryStore {
  Optional<StoryId> findStoryOf(ArticleId article);

  /** Records {@code member} and the story's state and title after it joined. */
  void putMember(StoryMember member, StoryState state, String title);

  Optional<StoryRow> findStory(StoryId id);

  /** The story's members in arrival order. */
  List<StoryMember> members(StoryId id);

  /** Exact and near duplicates recorded against each member that has any. */
  java.util.Map<ArticleId, Integer> reprints(StoryId id);

  /** Stories last seen at or after {@code since} (all when null), latest first, at most {@code limit}. */
  List<StoryRow> stories(Instant since, int limit);

  /** States of the stories last seen at or after {@code since}, to bring the clusterer back after a restart. */
  List<StoryState> storyStates(Instant since);

  /** The latest last-seen time of any story; empty when there are none. */
  Optional<Instant> latestStoryTime();

  /** Stored articles that belong to no story yet, in store order. */
  List<ArticleId> unassigned();
}
