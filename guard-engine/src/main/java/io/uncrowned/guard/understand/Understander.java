package io.uncrowned.guard.understand;

import io.uncrowned.guard.article.Article;

/** The understanding stage: entities and places of one article. Thread-safe. */
@FunctionalInterface
public interface Understander extends AutoCloseable {
  /** Skips the layer: every article is stored "not analysed: understanding is off". */
  Understander OFF = article -> Understanding.notAnalysed("not analysed: understanding is off");

  /** Never throws for an article's content: a language without models is a not-analysed result. */
  Understanding understand(Article article);

  /** Releases what the stage holds open (the gazetteer index). */
  @Override
  default void close() {}
}
