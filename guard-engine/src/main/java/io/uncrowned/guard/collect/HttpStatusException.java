package io.uncrowned.guard.collect;

import java.net.URI;

/** The server answered with an HTTP error status (400 or above); {@link #statusCode()} holds it. */
public final class HttpStatusException extends FetchException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;

  public HttpStatusException(URI url, int statusCode) {
    super(url, "HTTP status " + statusCode);
    this.statusCode = statusCode;
  }

  public int statusCode() {
    return statusCode;
  }
}
