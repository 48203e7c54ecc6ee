package io.uncrowned.guard.collect;

import io.uncrowned.guard.article.Problem;
import java.io.IOException;
import java.io.InputStream;
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
          readRecord(where, record, sink);
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

  private void readRecord(String where, WarcRecord record, DocumentSink sink) throws IOException {
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!isHttpResponse(response)) {
        return;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return;
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      body = resource.body();
    } else {
      return;
    }
    BodyKind kind = kindOf(type);
    if (kind == null) {
      return;
    }
    Optional<byte[]> bytes;
    try (InputStream in = body.stream()) {
      bytes = BoundedRead.readAtMost(in, maxPayloadBytes);
    }
    if (bytes.isEmpty()) {
      sink.problem(new Problem(where, "payload over the limit of " + BoundedRead.describe(maxPayloadBytes)));
      return;
    }
    String charset = type.parameters().get("charset");
    Instant date = record.date() != null ? record.date() : Instant.now();
    sink.accept(
        new RawDocument(where, target((WarcTargetRecord) record), kind, bytes.get(), charset, DocumentHints.NONE, date));
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
