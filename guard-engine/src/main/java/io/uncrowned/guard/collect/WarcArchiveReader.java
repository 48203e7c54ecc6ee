package io.uncrowned.guard.collect;

import io.uncrowned.guard.article.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads WARC files (plain or gzip, told apart by jwarc) record by record with jwarc. Response records with a
 * successful HTML or plain-text payload, and resource records of those types, become documents; other
 * records (requests, metadata, warcinfo, images, redirects) are skipped. A corrupt or truncated record ends
 * the file with a problem naming its offset; the records before it have already been delivered.
 */
final class WarcArchiveReader {
  private final long maxPayloadBytes;

  WarcArchiveReader(long maxPayloadBytes) {
    this.maxPayloadBytes = maxPayloadBytes;
  }

  void read(String name, ReadableByteChannel channel, DocumentSink sink) {
    long offset = 0;
    try (WarcReader reader = new WarcReader(channel)) {
      while (true) {
        offset = reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          return;
        }
        WarcRecord record = next.get();
        offset = record.position();
        String where = name + " record at offset " + offset;
        try {
          if (!readRecord(where, record, sink)) {
            drain(record);
          }
        } catch (ParsingException e) {
          // Only the HTTP message inside is bad; the WARC framing holds, so the next record can still be read.
          sink.problem(new Problem(where, "malformed HTTP response in the record: " + e.getBaseMessage()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // jwarc reports a damaged record as ParsingException, a cut-off one as EOFException or a gzip error;
      // either way nothing after it can be trusted to start at a record boundary.
      sink.problem(new Problem(name + " record at offset " + offset, "corrupt or truncated WARC record: " + why(e)));
    }
  }

  /** Delivers the record when it holds a page; false when it was skipped without reading its content. */
  private boolean readRecord(String where, WarcRecord record, DocumentSink sink) throws IOException {
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!isHttpResponse(response)) {
        return false;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return false;
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      body = resource.body();
    } else {
      return false;
    }
    BodyKind kind = kindOf(type);
    if (kind == null) {
      return false;
    }
    Optional<byte[]> bytes;
    try (InputStream in = body.stream()) {
      bytes = BoundedRead.readAtMost(in, maxPayloadBytes);
    }
    if (bytes.isEmpty()) {
      sink.problem(new Problem(where, "payload over the limit of " + BoundedRead.describe(maxPayloadBytes)));
      return true;
    }
    String charset = type.parameters().get("charset");
    Instant date = dateOf(record);
    sink.accept(
        new RawDocument(where, target((WarcTargetRecord) record), kind, bytes.get(), charset, DocumentHints.NONE, date));
    return true;
  }

  /**
   * Reads the content of a skipped record. jwarc's own skipping passes silently over a file that ends
   * inside a record; reading does not (EOFException), which is how a cut-off last record is reported.
   */
  private static void drain(WarcRecord record) throws IOException {
    // Not closed: closing the stream would close the reader's channel under the next record.
    record.body().stream().transferTo(OutputStream.nullOutputStream());
  }

  /** WARC-Date is mandatory, but a record without one (or with a bad one) still has a usable payload. */
  private static Instant dateOf(WarcRecord record) {
    try {
      return record.date();
    } catch (java.util.NoSuchElementException | java.time.format.DateTimeParseException e) {
      return Instant.now();
    }
  }

  private static boolean isHttpResponse(WarcResponse response) {
    MediaType t = response.contentType();
    return t.type().equals("application") && t.subtype().equals("http");
  }

  private static BodyKind kindOf(MediaType type) {
    String base = type.base().toString();
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return BodyKind.HTML;
    }
    return base.equals("text/plain") ? BodyKind.TEXT : null;
  }

  private static URI target(WarcTargetRecord record) {
    try {
      return record.targetURI();
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static String why(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
