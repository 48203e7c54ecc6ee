package io.uncrowned.guard.store;

import io.uncrowned.guard.article.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * An article as kept in the store.
 *
 * @param seq store sequence number, increasing with every insert or update; the index remembers the last
 *     one it holds so it can catch up after a crash
 */
public record StoredArticle(Article article, long seq, Instant ingestedAt) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
