package io.uncrowned.guard.collect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Fetches http(s) URLs with the JDK client, within {@link CollectOptions}' limits. Redirects are followed
 * here, hop by hop, so that every hop's host is resolved and checked against the address policy before it
 * is contacted. Thread-safe; build one per collector and reuse it.
 */
public final class HttpFetcher {
  private final CollectOptions options;
  private final HttpClient client;
  /** Addresses never contacted; null when every address is allowed. */
  private final Predicate<InetAddress> forbidden;

  public HttpFetcher(CollectOptions options) {
    this(options, options.allowPrivateAddresses() ? null : AddressPolicy::isNonPublic);
  }

  /** With another address policy, so tests can let a local server stand in for a public one. */
  HttpFetcher(CollectOptions options, Predicate<InetAddress> forbidden) {
    this.options = options;
    this.forbidden = forbidden;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.connectTimeout())
            .build();
  }

  /**
   * @throws HttpStatusException when the server answers 400 or above
   * @throws FetchException for any other failure; its message is one line naming the reason
   */
  public FetchedPage fetch(URI url) throws FetchException {
    Set<URI> seen = new HashSet<>();
    URI current = url;
    for (int hop = 0; ; hop++) {
      checkAllowed(url, current);
      seen.add(current);
      HttpResponse<byte[]> response = send(url, current);
      int status = response.statusCode();
      if (!isRedirect(status)) {
        return read(url, current, response);
      }
      URI next = redirectTarget(url, current, response);
      if (seen.contains(next)) {
        throw new FetchException(url, "redirect loop: " + current + " leads back to " + next);
      }
      if (hop >= options.maxRedirects()) {
        throw new FetchException(url, "too many redirects (more than " + options.maxRedirects() + ")");
      }
      current = next;
    }
  }

  private void checkAllowed(URI asked, URI target) throws FetchException {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(asked, "not an http(s) URL: " + target);
    }
    String host = target.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(asked, "no host in URL: " + target);
    }
    // Resolved here even when every address is allowed: an unknown host then gets its own clear message.
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(asked, "unknown host " + host, e);
    }
    for (InetAddress a : addresses) {
      if (forbidden != null && forbidden.test(a)) {
        throw new FetchException(
            asked,
            "refused: host "
                + host
                + " resolves to non-public address "
                + a.getHostAddress()
                + " (private addresses are not allowed)");
      }
    }
  }

  /**
   * One request. The whole exchange, body included, must finish within the read timeout: the client's own
   * request timeout stops only at the headers, and a server trickling an endless body would hang us.
   */
  private HttpResponse<byte[]> send(URI asked, URI target) throws FetchException {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(options.readTimeout())
            .header("User-Agent", options.userAgent())
            .header("Accept-Encoding", "gzip")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::bodyHandler);
    try {
      return future.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(asked, "timed out after " + describe(options.readTimeout()), e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(asked, "interrupted", e);
    } catch (ExecutionException e) {
      throw failure(asked, target, e.getCause() == null ? e : e.getCause());
    }
  }

  private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
    // Redirect and error bodies are never used: drop them rather than hold them.
    if (info.statusCode() >= 300) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new BoundedBodySubscriber(options.maxDocumentBytes(), declared);
  }

  private FetchException failure(URI asked, URI target, Throwable thrown) {
    Throwable cause = thrown;
    // The client wraps what the body subscriber failed with; look through the wrapping for our own failure.
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BoundedBodySubscriber.TooLarge) {
        cause = t;
      }
    }
    if (cause instanceof BoundedBodySubscriber.TooLarge big) {
      return tooLarge(asked, big.size());
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchException(asked, "timed out connecting to " + hostPort(target), cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException(asked, "timed out after " + describe(options.readTimeout()), cause);
    }
    if (cause instanceof ConnectException) {
      return new FetchException(asked, "unreachable: could not connect to " + hostPort(target), cause);
    }
    if (cause instanceof UnknownHostException) {
      return new FetchException(asked, "unknown host " + target.getHost(), cause);
    }
    return new FetchException(asked, "unreachable: " + describe(cause), cause);
  }

  private FetchedPage read(URI asked, URI answered, HttpResponse<byte[]> response) throws FetchException {
    int status = response.statusCode();
    if (status >= 400) {
      throw new HttpStatusException(asked, status);
    }
    if (status < 200 || status > 299) {
      throw new FetchException(asked, "unexpected HTTP status " + status);
    }
    byte[] body = response.body();
    boolean gzip =
        response.headers().firstValue("Content-Encoding").map(v -> v.strip().equalsIgnoreCase("gzip")).orElse(false);
    if (gzip) {
      body = gunzip(asked, body);
    }
    FetchedPage.ContentType type =
        FetchedPage.ContentType.parse(response.headers().firstValue("Content-Type").orElse(null));
    return new FetchedPage(answered, type.mediaType(), type.charset(), body, Instant.now());
  }

  /** The limit applies after decompression too, so a small gzip bomb cannot blow up in memory. */
  private byte[] gunzip(URI asked, byte[] compressed) throws FetchException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return BoundedRead.readAtMost(in, options.maxDocumentBytes()).orElseThrow(() -> tooLarge(asked, -1));
    } catch (IOException e) {
      throw new FetchException(asked, "malformed gzip body: " + describe(e), e);
    }
  }

  private FetchException tooLarge(URI asked, long size) {
    String what = size >= 0 ? "body of " + BoundedRead.describe(size) : "body";
    return new FetchException(
        asked, what + " is over the limit of " + BoundedRead.describe(options.maxDocumentBytes()));
  }

  private static URI redirectTarget(URI asked, URI current, HttpResponse<?> response) throws FetchException {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () -> new FetchException(asked, "redirect (" + response.statusCode() + ") without a Location"));
    try {
      return current.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(asked, "redirect to a malformed URL: " + location, e);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String hostPort(URI u) {
    return u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
