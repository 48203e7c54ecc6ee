package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcTest {
  private static final Instant CAPTURED = Instant.parse("2024-06-07T10:00:00Z");
  @TempDir Path dir;

  /** A synthetic crawl: a request, two HTML responses, an image, a redirect and an HTML resource. */
  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(ch, compression)) {
      writer.write(new WarcRequest.Builder(URI.create("https://lakeside-post.example/one")).date(CAPTURED).build());
      writer.write(response("https://lakeside-post.example/one", 200, "text/html; charset=windows-1252", "<p>Synthetic: the Lakeside Rowing Club won in Bled.</p>"));
      writer.write(response("https://lakeside-post.example/logo.png", 200, "image/png", "\u0089PNG"));
      writer.write(response("https://lakeside-post.example/old", 301, "text/html", "<p>moved</p>"));
      writer.write(response("https://lakeside-post.example/two", 200, "text/html", "<p>Synthetic: the invented Alpine Choir toured Ljubljana.</p>"));
      writer.write(
          new WarcResource.Builder(URI.create("https://lakeside-post.example/three"))
              .date(CAPTURED)
              .body(MediaType.parse("text/html"), "<p>Synthetic resource record.</p>".getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return file;
  }

  private static WarcResponse response(String url, int status, String type, String body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
  }

  @Test
  void readsHtmlResponsesAndResourcesFromPlainAndGzipWarcs() throws IOException {
    for (Path warc : List.of(writeWarc("crawl.warc", WarcCompression.NONE), writeWarc("crawl.warc.gz", WarcCompression.GZIP))) {
      RecordingSink sink = new RecordingSink();
      new InputCollector(CollectOptions.defaults()).collect(warc.toString(), sink);
      assertTrue(sink.problems.isEmpty(), sink.problemLines()::toString);
      assertEquals(3, sink.documents.size(), sink.inputs()::toString);
      RawDocument one = sink.documents.get(0);
      assertTrue(one.input().startsWith(warc + " record at offset "), one.input());
      assertEquals(URI.create("https://lakeside-post.example/one"), one.url());
      assertEquals("windows-1252", one.declaredCharset());
      assertEquals(BodyKind.HTML, one.kind());
      assertEquals(CAPTURED, one.fetchedAt());
      assertEquals("<p>Synthetic: the Lakeside Rowing Club won in Bled.</p>", sink.body(0));
      assertEquals(URI.create("https://lakeside-post.example/two"), sink.documents.get(1).url());
      assertEquals("<p>Synthetic resource record.</p>", sink.body(2));
    }
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeTheCutAndNamesTheBadOne() throws IOException {
    for (String name : List.of("cut.warc", "cut.warc.gz")) {
      Path warc = writeWarc(name, name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
      byte[] whole = Files.readAllBytes(warc);
      int cut = indexOf(whole, name.endsWith(".gz") ? null : "Alpine Choir", whole.length - 60);
      Files.write(warc, java.util.Arrays.copyOf(whole, cut));
      RecordingSink sink = new RecordingSink();
      new InputCollector(CollectOptions.defaults()).collect(warc.toString(), sink);
      assertTrue(sink.documents.size() >= 1, name + ": the first response must survive");
      assertEquals(1, sink.problems.size(), sink.problemLines()::toString);
      String line = sink.problems.get(0).toString();
      assertTrue(line.startsWith(warc + " record at offset "), line);
      assertTrue(line.contains("corrupt or truncated WARC record"), line);
    }
  }

  @Test
  void recordWithMalformedHttpIsSkippedAndTheNextIsRead() throws IOException {
    Path warc = dir.resolve("bad-http.warc");
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(ch, WarcCompression.NONE)) {
      writer.write(
          new WarcResponse.Builder(URI.create("https://lakeside-post.example/bad"))
              .date(CAPTURED)
              .body(MediaType.HTTP_RESPONSE, "this is no HTTP status line\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
              .build());
      writer.write(response("https://lakeside-post.example/good", 200, "text/html", "<p>Synthetic good record.</p>"));
    }
    RecordingSink sink = new RecordingSink();
    new InputCollector(CollectOptions.defaults()).collect(warc.toString(), sink);
    assertEquals(List.of(URI.create("https://lakeside-post.example/good")), sink.documents.stream().map(RawDocument::url).toList());
    assertEquals(1, sink.problems.size());
    assertEquals(warc + " record at offset 0", sink.problems.get(0).input());
    assertTrue(sink.problems.get(0).reason().startsWith("malformed HTTP response in the record: "), sink.problems.get(0).reason());
  }

  @Test
  void corruptHeaderIsAProblem() throws IOException {
    Path warc = dir.resolve("junk.warc");
    Files.writeString(warc, "WARC/1.0\r\nthis is not a header line\r\n\r\n");
    RecordingSink sink = new RecordingSink();
    new InputCollector(CollectOptions.defaults()).collect(warc.toString(), sink);
    assertTrue(sink.documents.isEmpty());
    assertEquals(1, sink.problems.size());
    assertEquals(warc + " record at offset 0", sink.problems.get(0).input());
  }

  /** Offset of {@code marker} in {@code bytes}, or {@code fallback} when the marker is null or absent. */
  private static int indexOf(byte[] bytes, String marker, int fallback) {
    if (marker == null) {
      return fallback;
    }
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(marker);
    return at < 0 ? fallback : at;
  }
}
