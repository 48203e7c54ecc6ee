package io.uncrowned.guard.collect;

/** What a {@link RawDocument}'s body holds once any container around it has been opened. */
public enum BodyKind {
  /** An HTML page or fragment (a web page, a feed item's content, a WARC response payload). */
  HTML,
  /** Plain text: a brief, or a JSON Lines record's {@code text}. */
  TEXT
}
