package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One member article of a story.
 *
 * @param seen publication time, else ingest time
 * @param url where it was read; null when it had none
 * @param independent whether it counted as an independent source (see {@link StoryMember#independent()})
 * @param reprints exact and near duplicates recorded against it
 */
public record StoryArticle(
    ArticleId id, String title, String source, Instant seen, URI url, boolean independent, int reprints) {
  public StoryArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(seen, "seen");
  }
}
