package io.uncrowned.guard.store;

import java.util.Map;

/**
 * Counts over the store: articles kept, duplicates recorded, and articles per source and language (the 50
 * largest of each, largest first).
 */
public record StoreStats(
    long articles, long exactDuplicates, long nearDuplicates, Map<String, Long> bySource,
    Map<String, Long> byLanguage) {
  public StoreStats {
    bySource = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySource));
    byLanguage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byLanguage));
  }
}
