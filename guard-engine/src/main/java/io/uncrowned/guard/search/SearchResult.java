package io.uncrowned.guard.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of one page of a search, how many matched in all (exact), and the top values of each facet over all
 * matching articles.
 *
 * @param facets empty when the request asked for none
 * @param facetsApproximate true when the matches were too many to count every one: the counts were then made
 *     on a random sample of the matches and scaled to the total (see {@link LuceneIndex#FACET_SAMPLE}); false
 *     when every match was counted (exact counts)
 */
public record SearchResult(
    long totalHits, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, boolean facetsApproximate) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** A result whose facet counts (if any) are exact. */
  public SearchResult(long totalHits, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
    this(totalHits, hits, facets, false);
  }
}
