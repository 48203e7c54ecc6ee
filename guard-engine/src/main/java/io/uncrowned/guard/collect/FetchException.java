package io.uncrowned.guard.collect;

import java.net.URI;
import java.util.Objects;

/**
 * A URL that could not be fetched: unreachable, timed out, refused by the address policy, a redirect loop,
 * a body over the size limit. {@link #getMessage()} is the one-line reason, without the URL, which {@link
 * #url()} holds.
 */
public class FetchException extends Exception {
  private static final long serialVersionUID = 1L;
  private final URI url;

  public FetchException(URI url, String reason) {
    this(url, reason, null);
  }

  public FetchException(URI url, String reason, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason"), cause);
    this.url = Objects.requireNonNull(url, "url");
  }

  /** The URL the caller asked for (not a redirect hop). */
  public URI url() {
    return url;
  }
}
