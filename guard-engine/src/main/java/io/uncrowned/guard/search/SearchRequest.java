package io.uncrowned.guard.search;

import io.uncrowned.guard.article.Lang;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search: a query in Lucene's classic syntax (plain words are fine) and optional filters.
 *
 * @param query the query text; blank means "everything", newest first
 * @param sources keep only these sources (exact names); empty means any
 * @param languages keep only these languages; empty means any
 * @param from keep only articles published at or after this time; nullable
 * @param to keep only articles published before this time; nullable
 * @param offset hits to skip, for paging
 * @param limit hits to return, 1 to 1000
 * @param filters keep only articles carrying one of the values of each facet given (entity, place and
 *     country values match case-insensitively); sources and languages may be given here or above
 * @param countFacets whether to count facet values over the matches; false saves that work when the caller
 *     shows no facets (a later page, a feed, a map)
 */
public record SearchRequest(
    String query,
    Set<String> sources,
    Set<Lang> languages,
    Instant from,
    Instant to,
    int offset,
    int limit,
    Map<Facet, Set<String>> filters,
    boolean countFacets) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    sources = Set.copyOf(sources);
    languages = Set.copyOf(languages);
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        copy.put(facet, Set.copyOf(values));
      }
    });
    filters = Map.copyOf(copy);
    if (offset < 0 || limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("offset must be >= 0 and limit in 1..1000");
    }
  }

  /** A search that counts facets. */
  public SearchRequest(String query, Set<String> sources, Set<Lang> languages, Instant from, Instant to, int offset,
      int limit, Map<Facet, Set<String>> filters) {
    this(query, sources, languages, from, to, offset, limit, filters, true);
  }

  public SearchRequest(
      String query, Set<String> sources, Set<Lang> languages, Instant from, Instant to, int offset, int limit) {
    this(query, sources, languages, from, to, offset, limit, Map.of());
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Set.of(), Set.of(), null, null, 0, 10);
  }

  /** A copy that also keeps only articles carrying {@code value} in {@code facet}. */
  public SearchRequest withFilter(Facet facet, Set<String> values) {
    Map<Facet, Set<String>> more = new EnumMap<>(Facet.class);
    more.putAll(filters);
    more.put(facet, values);
    return new SearchRequest(query, sources, languages, from, to, offset, limit, more, countFacets);
  }

  /** A copy that counts no facets (its result's facets are empty). */
  public SearchRequest withoutFacets() {
    return new SearchRequest(query, sources, languages, from, to, offset, limit, filters, false);
  }
}
