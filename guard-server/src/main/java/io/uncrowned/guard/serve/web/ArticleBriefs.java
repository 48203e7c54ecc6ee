package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.article.ArticleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The generated brief of one article (TL;DR sentences and key points), for the article page. The brief
 * stage provides an adapter; until then {@link #NONE} answers "no brief" and the page shows only the
 * author's own TL;DR, if any. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ArticleBriefs {
  /** No brief stage in this build. */
  ArticleBriefs NONE = id -> Optional.empty();

  /** The brief of {@code id}; empty when there is none. */
  Optional<Brief> brief(ArticleId id);

  /**
   * One article's brief: extractive, so every line is a sentence or phrase of the article.
   *
   * @param tldr TL;DR sentences in order; not empty
   * @param keyPoints key points in order; may be empty
   */
  record Brief(List<String> tldr, List<String> keyPoints) {
    public Brief {
      tldr = List.copyOf(tldr);
      keyPoints = List.copyOf(keyPoints);
      if (tldr.isEmpty()) {
        throw new IllegalArgumentException("a brief has at least one TL;DR sentence");
      }
      tldr.forEach(s -> Objects.requireNonNull(s, "tldr sentence"));
    }
  }
}
