package io.uncrowned.guard.collect;

/** The formats a collector reads, told apart by {@link FormatDetector} from the first bytes. */
public enum InputFormat {
  /** One HTML page (or fragment). */
  HTML(false),
  /** One plain-text brief. */
  TEXT(false),
  /** JSON Lines: one article object per line. Streamed. */
  JSONL(true),
  /** RSS 0.9x/1.0/2.0 feed. */
  RSS(false),
  /** Atom feed. */
  ATOM(false),
  /** Uncompressed WARC. Streamed. */
  WARC(true),
  /** Gzip-compressed WARC (per-record or whole-file). Streamed. */
  WARC_GZ(true),
  /** A sitemap ({@code urlset}) or sitemap index; its URLs are fetched. */
  SITEMAP(false);

  private final boolean streamed;

  InputFormat(boolean streamed) {
    this.streamed = streamed;
  }

  /**
   * Whether the reader streams the input record by record; when false the whole input is read into memory
   * and must fit {@link CollectOptions#maxDocumentBytes()}.
   */
  public boolean streamed() {
    return streamed;
  }
}
