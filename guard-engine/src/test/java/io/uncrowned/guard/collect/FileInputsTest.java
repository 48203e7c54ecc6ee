package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInputsTest {
  @TempDir Path dir;
  private final InputCollector collector = new InputCollector(CollectOptions.defaults());

  private RecordingSink collect(Path input) {
    RecordingSink sink = new RecordingSink();
    collector.collect(input.toString(), sink);
    return sink;
  }

  @Test
  void htmlAndTextFilesBecomeOneDocumentEach() throws IOException {
    Path text = Fixtures.copy("brief.txt", dir, "brief.txt");
    RecordingSink sink = collect(text);
    assertEquals(1, sink.documents.size());
    RawDocument doc = sink.documents.get(0);
    assertEquals(BodyKind.TEXT, doc.kind());
    assertEquals(text.toString(), doc.input());
    assertNull(doc.url());
    assertNull(doc.declaredCharset());
    assertTrue(sink.body(0).contains("Riverside Council Opens Night Market in Ghent"));
  }

  @Test
  void folderIsWalkedRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    Fixtures.copy("brief.txt", dir, "b/2-brief.txt");
    Fixtures.copy("page.htm.txt", dir, "b/1-page.html");
    Fixtures.copy("rss-with-content.xml", dir, "a/deeper/news.xml");
    Fixtures.copy("brief.txt", dir, ".hidden/brief.txt");
    Fixtures.copy("brief.txt", dir, "b/.secret.txt");
    RecordingSink sink = collect(dir);
    assertEquals(
        List.of(
            dir.resolve("a/deeper/news.xml") + " item 1",
            dir.resolve("a/deeper/news.xml") + " item 2",
            dir.resolve("b/1-page.html").toString(),
            dir.resolve("b/2-brief.txt").toString()),
        sink.inputs());
    assertTrue(sink.problems.isEmpty(), sink.problemLines()::toString);
  }

  @Test
  void sameFolderGivesTheSameDocumentsFromConcurrentThreads() throws Exception {
    Fixtures.copy("rss-with-content.xml", dir, "a/news.xml");
    Fixtures.copy("articles.jsonl", dir, "b/lines.jsonl");
    Fixtures.copy("brief.txt", dir, "c/brief.txt");
    List<String> expected = summary(collect(dir));
    List<List<String>> results = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Thread> threads = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(() -> results.add(summary(collect(dir))), "collect-test-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(4, results.size());
    results.forEach(r -> assertEquals(expected, r));
  }

  private static List<String> summary(RecordingSink sink) {
    List<String> lines = new java.util.ArrayList<>(sink.problemLines());
    for (int i = 0; i < sink.documents.size(); i++) {
      lines.add(sink.documents.get(i).input() + " " + sink.documents.get(i).hints() + " " + sink.body(i));
    }
    return lines;
  }

  @Test
  void misleadingExtensionsDoNotFoolTheDetector() throws IOException {
    Fixtures.copy("page.htm.txt", dir, "page.txt");
    Fixtures.copy("rss-with-content.xml", dir, "feed.html");
    Fixtures.copy("articles.jsonl", dir, "lines.xml");
    Fixtures.copy("brief.txt", dir, "brief.jsonl");
    RecordingSink sink = collect(dir);
    assertEquals(BodyKind.TEXT, only(sink, "brief.jsonl").kind());
    assertEquals(2, sink.inputs().stream().filter(i -> i.startsWith(dir.resolve("feed.html") + " item ")).count());
    assertEquals(4, sink.inputs().stream().filter(i -> i.startsWith(dir.resolve("lines.xml") + " line ")).count());
    assertEquals(BodyKind.HTML, only(sink, "page.txt").kind());
  }

  private RawDocument only(RecordingSink sink, String name) {
    return sink.documents.stream().filter(d -> d.input().equals(dir.resolve(name).toString())).findFirst().orElseThrow();
  }

  @Test
  void emptyAndBinaryFilesAreProblemsAndTheBatchGoesOn() throws IOException {
    Files.write(dir.resolve("a-empty.html"), new byte[0]);
    Files.write(dir.resolve("b-junk.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13});
    Fixtures.copy("brief.txt", dir, "c-brief.txt");
    RecordingSink sink = collect(dir);
    assertEquals(
        List.of(
            dir.resolve("a-empty.html") + ": empty, nothing to read",
            dir.resolve("b-junk.html") + ": binary content, not a supported format"),
        sink.problemLines());
    assertEquals(1, sink.documents.size());
  }

  @Test
  void fileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("huge.html");
    Files.writeString(big, "<!DOCTYPE html><html><body><p>Synthetic start of a huge page.</p>");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024); // sparse: takes no disk and, if read whole, 200 MB of heap
    }
    Path junk = dir.resolve("zeros.bin");
    try (RandomAccessFile f = new RandomAccessFile(junk.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    // Over 2 GiB no Java array can hold it: reading it whole would fail, so refusing it proves it was not read.
    Path huge = dir.resolve("three-gib.txt");
    Files.writeString(huge, "Synthetic text at the start of a file too big for any array.");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    RecordingSink sink = collect(dir);
    String limit = "is over the limit of 52428800 bytes (50 MiB); not read";
    assertEquals(
        List.of(
            new Problem(big.toString(), "too large: 209715200 bytes (200 MiB) " + limit),
            new Problem(huge.toString(), "too large: 3221225472 bytes (3072 MiB) " + limit),
            new Problem(junk.toString(), "too large: 209715200 bytes (200 MiB) " + limit)),
        sink.problems);
    assertTrue(sink.documents.isEmpty());
  }

  @Test
  void gzippedPagesAndJsonLinesAreReadInside() throws IOException {
    Path page = dir.resolve("page.html.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(page))) {
      out.write(Fixtures.bytes("page.htm.txt"));
    }
    Path lines = dir.resolve("lines.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(lines))) {
      out.write(Fixtures.bytes("articles.jsonl"));
    }
    RecordingSink sink = collect(dir);
    assertEquals(4, sink.inputs().stream().filter(i -> i.startsWith(lines + " line ")).count());
    RawDocument html = only(sink, "page.html.gz");
    assertEquals(BodyKind.HTML, html.kind());
    assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("Tram line extended in Porto"));
  }

  @Test
  void missingPathsAndOtherSchemesAreProblems() {
    RecordingSink sink = new RecordingSink();
    collector.collect(dir.resolve("nothing-here.html").toString(), sink);
    collector.collect("ftp://files.example/news.xml", sink);
    assertEquals(
        List.of(
            dir.resolve("nothing-here.html") + ": no such file or folder",
            "ftp://files.example/news.xml: unsupported URL scheme; only http and https are fetched"),
        sink.problemLines());
  }

  @Test
  void unknownXmlIsRefusedByName() throws IOException {
    Path xml = Files.writeString(dir.resolve("order.xml"), "<?xml version=\"1.0\"?><order><id>1</id></order>", StandardCharsets.UTF_8);
    assertEquals(
        List.of(xml + ": XML with root element <order>, not RSS, Atom or a sitemap"), collect(xml).problemLines());
  }
}
