package io.uncrowned.guard.store;

import java.util.Map;

/** Counts over the store: articles kept, duplicates recorded, and articles per source and language. */
public record StoreStats(
    long articles, long exactDuplicates, long nearDuplicates, Map<String, Long> bySource,
    Map<String, Long> byLanguage) {
  public StoreStats {
    bySource = Map.copyOf(bySource);
    byLanguage = Map.copyOf(byLanguage);
  }
}
