package io.uncrowned.guard.collect;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One successful fetch.
 *
 * @param url the URL finally answered, after redirects
 * @param mediaType lower-case media type from Content-Type without parameters, e.g. "text/html"; null when
 *     the server sent none
 * @param charset the Content-Type charset parameter as sent; null when none
 * @param body the body, already gzip-decoded when the server compressed it
 * @param fetchedAt when the response arrived
 */
public record FetchedPage(URI url, String mediaType, String charset, byte[] body, Instant fetchedAt) {
  public FetchedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  /** Splits a Content-Type header value into media type and charset; either may come back null. */
  static String[] parseContentType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return new String[] {null, null};
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        charset = p.substring(8).strip().replace("\"", "").replace("'", "");
        charset = charset.isEmpty() ? null : charset;
      }
    }
    return new String[] {type.isEmpty() ? null : type, charset};
  }
}
