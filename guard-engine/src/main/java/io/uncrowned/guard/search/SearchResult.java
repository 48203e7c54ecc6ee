package io.uncrowned.guard.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of one page of a search, how many matched in all, and the top values of each facet over all
 * matching articles.
 */
public record SearchResult(long totalHits, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
