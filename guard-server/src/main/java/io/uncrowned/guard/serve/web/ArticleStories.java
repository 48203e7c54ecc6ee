package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.article.ArticleId;
import java.util.Optional;

/**
 * Which story an article belongs to, so its page can link to the story page. The stories stage provides
 * an adapter (beside its {@link io.uncrowned.guard.serve.StoryCatalog}); until then {@link #NONE} answers
 * "none". Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ArticleStories {
  /** No story clustering in this build. */
  ArticleStories NONE = id -> Optional.empty();

  /** The id of the story {@code id} belongs to (as {@code StoryCatalog.story} takes it); empty when none. */
  Optional<String> storyOf(ArticleId id);
}
