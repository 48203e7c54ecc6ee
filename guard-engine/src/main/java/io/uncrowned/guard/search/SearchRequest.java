package io.uncrowned.guard.search;

import io.uncrowned.guard.article.Lang;
import java.time.Instant;
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
 */
public record SearchRequest(
    String query, Set<String> sources, Set<Lang> languages, Instant from, Instant to, int offset, int limit) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    sources = Set.copyOf(sources);
    languages = Set.copyOf(languages);
    if (offset < 0 || limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("offset must be >= 0 and limit in 1..1000");
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Set.of(), Set.of(), null, null, 0, 10);
  }
}
