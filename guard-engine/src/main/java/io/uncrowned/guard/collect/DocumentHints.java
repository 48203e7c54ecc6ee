package io.uncrowned.guard.collect;

import java.time.Instant;

/**
 * Metadata a container already states about the document it holds (a feed item's title and date, a JSON
 * Lines record's fields, a WARC record's date). The extractor prefers what the page itself says and falls
 * back to these. Every field is nullable.
 */
public record DocumentHints(String title, String byline, Instant published, String source) {
  public static final DocumentHints NONE = new DocumentHints(null, null, null, null);
}
