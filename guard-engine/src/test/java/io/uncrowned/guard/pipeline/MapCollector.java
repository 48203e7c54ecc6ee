package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.DocumentSink;
import io.uncrowned.guard.collect.RawDocument;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A test collector over an in-memory map: input name to "url\ntitle\ntext", or to null for a bad input. */
final class MapCollector implements Collector {
  final Map<String, String> inputs = new LinkedHashMap<>();

  MapCollector put(String input, String url, String title, String text) {
    inputs.put(input, url + "\n" + title + "\n" + text);
    return this;
  }

  MapCollector putBroken(String input) {
    inputs.put(input, null);
    return this;
  }

  @Override
  public void collect(String input, DocumentSink sink) {
    String content = inputs.get(input);
    if (content == null) {
      sink.problem(new Problem(input, "unreadable test input"));
      return;
    }
    int nl = content.indexOf('\n');
    URI url = URI.create(content.substring(0, nl));
    byte[] body = content.substring(nl + 1).getBytes(StandardCharsets.UTF_8);
    sink.accept(
        new RawDocument(input, url, BodyKind.TEXT, body, null, DocumentHints.NONE, Instant.EPOCH));
  }
}
