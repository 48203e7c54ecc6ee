package io.uncrowned.guard.collect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.uncrowned.guard.article.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads JSON Lines, one article object per line ({@code url, title, text} or {@code html, published,
 * source, byline}), streaming: only one line is in memory at a time, and a line longer than the limit is
 * skipped without being held. Each bad line is a problem named "file.jsonl line N"; the others go on.
 */
final class JsonLinesReader {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final long maxLineBytes;

  JsonLinesReader(long maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads every line of {@code in}; I/O errors end the file and are left to the caller to report. */
  void read(String name, InputStream in, DocumentSink sink) throws IOException {
    Instant fetchedAt = Instant.now();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long lineNo = 1;
    boolean overLimit = false;
    int n;
    while ((n = in.read(buf)) > 0) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] != '\n') {
          continue;
        }
        overLimit = append(line, buf, start, i - start, overLimit);
        finishLine(name, lineNo++, line, overLimit, fetchedAt, sink);
        line.reset();
        overLimit = false;
        start = i + 1;
      }
      overLimit = append(line, buf, start, n - start, overLimit);
    }
    if (line.size() > 0 || overLimit) {
      finishLine(name, lineNo, line, overLimit, fetchedAt, sink);
    }
  }

  /** Appends unless the line is already over the limit; returns whether it is over the limit now. */
  private boolean append(ByteArrayOutputStream line, byte[] buf, int from, int len, boolean overLimit) {
    if (overLimit || line.size() + (long) len > maxLineBytes) {
      line.reset();
      return true;
    }
    line.write(buf, from, len);
    return false;
  }

  private void finishLine(
      String name, long lineNo, ByteArrayOutputStream line, boolean overLimit, Instant fetchedAt, DocumentSink sink) {
    String where = name + " line " + lineNo;
    if (overLimit) {
      sink.problem(new Problem(where, "line longer than the limit of " + BoundedRead.describe(maxLineBytes)));
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    if (lineNo == 1 && text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JacksonException e) {
      sink.problem(new Problem(where, "malformed JSON: " + brief(e)));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.problem(new Problem(where, "not a JSON object"));
      return;
    }
    toDocument(where, node, fetchedAt, sink);
  }

  private static void toDocument(String where, JsonNode node, Instant fetchedAt, DocumentSink sink) {
    String html = field(node, "html");
    String text = field(node, "text");
    if (html == null && text == null) {
      sink.problem(new Problem(where, "no \"text\" or \"html\" field"));
      return;
    }
    URI url = null;
    String rawUrl = field(node, "url");
    if (rawUrl != null) {
      try {
        url = new URI(rawUrl);
      } catch (URISyntaxException e) {
        sink.problem(new Problem(where, "malformed url \"" + rawUrl + "\": " + e.getReason()));
        return;
      }
    }
    Instant published = null;
    JsonNode date = node.get("published");
    if (date != null && !date.isNull()) {
      Optional<Instant> parsed = Dates.parse(date.isNumber() ? date.asText() : date.textValue());
      if (parsed.isEmpty()) {
        // The article is still worth reading; only its date is lost, and the user should hear of it.
        sink.problem(new Problem(where, "unreadable published date " + date + ", ignored"));
      }
      published = parsed.orElse(null);
    }
    DocumentHints hints =
        new DocumentHints(field(node, "title"), field(node, "byline"), published, field(node, "source"));
    boolean isHtml = html != null;
    byte[] body = (isHtml ? html : text).getBytes(StandardCharsets.UTF_8);
    sink.accept(
        new RawDocument(where, url, isHtml ? BodyKind.HTML : BodyKind.TEXT, body, "UTF-8", hints, fetchedAt));
  }

  /** Jackson's message without its source-location tail, which repeats what the line number says. */
  private static String brief(JacksonException e) {
    String m = e.getOriginalMessage();
    int tail = m.indexOf(" (for ");
    tail = tail < 0 ? m.indexOf(" at [Source") : tail;
    return (tail < 0 ? m : m.substring(0, tail)) + " (column " + e.getLocation().getColumnNr() + ")";
  }

  /** A field's text, or null when absent, null, blank or not a string. */
  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || !v.isTextual() || v.textValue().isBlank()) {
      return null;
    }
    return v.textValue().strip();
  }
}
