package io.uncrowned.guard.collect;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
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

  /** A Content-Type header split into its lower-case media type and its charset; either may be null. */
  record ContentType(String mediaType, String charset) {
    static ContentType parse(String header) {
      if (header == null || header.isBlank()) {
        return new ContentType(null, null);
      }
      String[] parts = header.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      String charset = null;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          String value = p.substring(8).strip().replace("\"", "").replace("'", "");
          charset = value.isEmpty() ? null : value;
        }
      }
      return new ContentType(type.isEmpty() ? null : type, charset);
    }
  }
}
