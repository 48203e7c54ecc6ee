package io.uncrowned.guard.serve;

/**
 * A request the server refuses, with the HTTP status to answer and a message safe to show the client. The
 * server turns it into {@code {"error": message, "status": status}}.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  /** The HTTP status code, 400 to 599. */
  public int status() {
    return status;
  }

  /** 400: a parameter is missing or malformed; {@code message} names it. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 404: no such resource. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
