package io.uncrowned.guard.stories;

import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;

/**
 * The stories stage: puts each newly stored article into a developing story, in arrival order. One writer
 * thread calls it, after the article and its understanding are stored and before the batch commits.
 */
public interface StoryTracker {
  /**
   * The story of {@code article}: the one it already belongs to (a re-run changes nothing), else the warm story
   * it joins or the new one it founds.
   *
   * @param understanding the article's understanding; null or not analysed when it has none
   */
  StoryId assign(StoredArticle article, Understanding understanding);
}
