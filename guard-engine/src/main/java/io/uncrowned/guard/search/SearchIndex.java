package io.uncrowned.guard.search;

import io.uncrowned.guard.store.StoredArticle;
import java.io.Closeable;

/** The full-text index derived from the store. One writer thread; searches from any thread. */
public interface SearchIndex extends Closeable {
  /** Adds or replaces the article (keyed by its id). Visible to searches after the next refresh. */
  void index(StoredArticle article, FacetValues facets);

  /** Makes everything indexed so far durable and records that it holds the store up to {@code seq}. */
  void commit(long seq);

  /** The store sequence number the last commit recorded; 0 for a new or rebuilt index. */
  long committedSeq();

  /** Removes every document (before a rebuild). */
  void clear();

  SearchResult search(SearchRequest request);

  long size();

  @Override
  void close();
}
