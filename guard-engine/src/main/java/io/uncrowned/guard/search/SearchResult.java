package io.uncrowned.guard.search;

import java.util.List;

/** The hits of one page of a search, and how many matched in all. */
public record SearchResult(long totalHits, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
