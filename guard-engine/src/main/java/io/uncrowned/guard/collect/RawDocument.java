package io.uncrowned.guard.collect;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One document as collected, before extraction.
 *
 * @param input the input's name for messages (path, URL, "feed.xml item 3", "a.warc.gz record at offset
 *     1234"); never null
 * @param url the document's own URL (page URL, feed item link, WARC-Target-URI); null when it has none
 * @param kind what {@code body} holds
 * @param body raw bytes, not yet decoded: charset detection belongs to extraction
 * @param declaredCharset charset named by the transport (HTTP Content-Type, WARC payload header); null when
 *     none was named. A declaration can be wrong; the extractor checks it against the bytes.
 * @param hints what the container says about the document
 * @param fetchedAt when it was read
 */
public record RawDocument(
    String input,
    URI url,
    BodyKind kind,
    byte[] body,
    String declaredCharset,
    DocumentHints hints,
    Instant fetchedAt) {

  public RawDocument {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(hints, "hints");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }
}
