package io.uncrowned.guard.pipeline;

import java.util.Objects;

/**
 * Settings of {@code guard serve}, bound from the {@code serve.*} keys of the defaults file.
 *
 * @param host the address the server listens on; {@code 127.0.0.1} keeps it private to this machine
 * @param port the TCP port; 0 picks a free one (tests)
 * @param token the bearer token the write endpoints require; blank means writes are refused for everyone
 * @param maxBodyBytes largest request body accepted, in bytes; a bigger one is answered with 413
 */
public record ServeOptions(String host, int port, String token, long maxBodyBytes) {
  public ServeOptions {
    Objects.requireNonNull(host, "host");
    token = token == null ? "" : token.strip();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("serve.port must be in 0..65535: " + port);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("serve.max-body-bytes must be positive: " + maxBodyBytes);
    }
  }

  /** Whether a token is configured, so that write endpoints can be used at all. */
  public boolean writable() {
    return !token.isEmpty();
  }

  /** A copy listening on another port. */
  public ServeOptions withPort(int newPort) {
    return new ServeOptions(host, newPort, token, maxBodyBytes);
  }

  /** A copy with another bearer token. */
  public ServeOptions withToken(String newToken) {
    return new ServeOptions(host, port, newToken, maxBodyBytes);
  }
}
