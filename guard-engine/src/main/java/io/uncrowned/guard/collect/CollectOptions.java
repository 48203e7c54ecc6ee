package io.uncrowned.guard.collect;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and settings for collecting. Immutable; start from {@link #defaults()} and change one field with
 * the {@code with…} methods.
 *
 * @param maxDocumentBytes largest document, in bytes, read into memory: a whole HTML, text or feed file, one
 *     fetched body, one JSON Lines line, one WARC payload. Containers (JSON Lines, WARC) are streamed, so this
 *     bounds each record inside them, not the file. A bigger input is refused without being read.
 * @param maxRedirects redirect hops followed per fetch before giving up
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed for one whole request, from sending it to the last byte of the body
 * @param allowPrivateAddresses whether the fetcher may contact loopback, private, link-local and similar
 *     addresses; false by default so that a feed or a redirect cannot reach internal services (SSRF)
 * @param userAgent the User-Agent header sent with every request
 * @param maxLinksPerContainer most links fetched for one feed or sitemap, so one input cannot trigger an
 *     unbounded crawl
 */
public record CollectOptions(
    long maxDocumentBytes,
    int maxRedirects,
    Duration connectTimeout,
    Duration readTimeout,
    boolean allowPrivateAddresses,
    String userAgent,
    int maxLinksPerContainer) {

  /** 50 MiB: far above any real article, small enough to hold a few in memory at once. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

  public CollectOptions {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    if (maxLinksPerContainer < 0) {
      throw new IllegalArgumentException("maxLinksPerContainer must not be negative: " + maxLinksPerContainer);
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  public static CollectOptions defaults() {
    return new CollectOptions(
        DEFAULT_MAX_DOCUMENT_BYTES,
        5,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        false,
        "UncrownedGuard/0.1 (+https://github.com/uncrowned/guard)",
        1000);
  }

  public CollectOptions withMaxDocumentBytes(long bytes) {
    return new CollectOptions(
        bytes, maxRedirects, connectTimeout, readTimeout, allowPrivateAddresses, userAgent, maxLinksPerContainer);
  }

  public CollectOptions withMaxRedirects(int hops) {
    return new CollectOptions(
        maxDocumentBytes, hops, connectTimeout, readTimeout, allowPrivateAddresses, userAgent, maxLinksPerContainer);
  }

  public CollectOptions withTimeouts(Duration connect, Duration read) {
    return new CollectOptions(
        maxDocumentBytes, maxRedirects, connect, read, allowPrivateAddresses, userAgent, maxLinksPerContainer);
  }

  public CollectOptions withAllowPrivateAddresses(boolean allow) {
    return new CollectOptions(
        maxDocumentBytes, maxRedirects, connectTimeout, readTimeout, allow, userAgent, maxLinksPerContainer);
  }

  public CollectOptions withUserAgent(String agent) {
    return new CollectOptions(
        maxDocumentBytes, maxRedirects, connectTimeout, readTimeout, allowPrivateAddresses, agent, maxLinksPerContainer);
  }

  public CollectOptions withMaxLinksPerContainer(int links) {
    return new CollectOptions(
        maxDocumentBytes, maxRedirects, connectTimeout, readTimeout, allowPrivateAddresses, userAgent, links);
  }
}
