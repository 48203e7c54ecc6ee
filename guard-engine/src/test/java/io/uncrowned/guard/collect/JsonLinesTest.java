package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  @TempDir Path dir;

  @Test
  void goodLinesBecomeDocumentsAndEachBadLineAProblem() throws IOException {
    Path file = Fixtures.copy("articles.jsonl", dir, "articles.jsonl");
    RecordingSink sink = new RecordingSink();
    new InputCollector(CollectOptions.defaults()).collect(file.toString(), sink);

    String name = file.toString();
    assertEquals(
        List.of(name + " line 1", name + " line 3", name + " line 7", name + " line 8"), sink.inputs());
    RawDocument first = sink.documents.get(0);
    assertEquals(URI.create("https://north-gazette.example/a1"), first.url());
    assertEquals(BodyKind.TEXT, first.kind());
    assertEquals("Bridge repairs finish early in Tromsø", first.hints().title());
    assertEquals("Siv Aronsen", first.hints().byline());
    assertEquals("North Gazette", first.hints().source());
    assertEquals(Instant.parse("2024-05-02T07:00:00Z"), first.hints().published());
    assertEquals("Crews of the invented Arctic Roads Company finished repairs a week early.", sink.body(0));

    RawDocument html = sink.documents.get(1);
    assertEquals(BodyKind.HTML, html.kind());
    assertEquals(Instant.ofEpochSecond(1714633200), html.hints().published());
    assertEquals(Instant.parse("2024-05-03T00:00:00Z"), sink.documents.get(2).hints().published());
    assertNull(sink.documents.get(3).hints().published());

    List<String> problems = sink.problemLines();
    assertEquals(4, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(name + " line 4: malformed JSON: "), problems.get(0));
    assertEquals(name + " line 5: no \"text\" or \"html\" field", problems.get(1));
    assertEquals(name + " line 6: not a JSON object", problems.get(2));
    assertEquals(name + " line 8: unreadable published date \"next Tuesday\", ignored", problems.get(3));
  }

  @Test
  void hugeFileIsStreamedLineByLine() throws IOException {
    // 40,000 lines of about 1 KiB with a limit of 4 KiB per line: only streaming can read it, whatever the
    // file size, because the limit also caps what is held of one line.
    Path file = dir.resolve("big.jsonl");
    String filler = "x".repeat(1000);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 40_000; i++) {
        w.write("{\"title\": \"Synthetic " + i + "\", \"text\": \"" + filler + "\"}\n");
      }
      w.write("{\"text\": \"" + "y".repeat(10_000) + "\"}\n");
    }
    CountingSink sink = new CountingSink();
    new InputCollector(CollectOptions.defaults().withMaxDocumentBytes(4096)).collect(file.toString(), sink);
    assertEquals(40_000, sink.documents);
    assertEquals(1, sink.problems);
    assertTrue(Files.size(file) > 4096L * 1000);
  }

  @Test
  void malformedJsonFileReportsEveryLineAndDeliversNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.jsonl"), "{\"title\": \n{]\n");
    RecordingSink sink = new RecordingSink();
    new InputCollector(CollectOptions.defaults()).collect(file.toString(), sink);
    assertTrue(sink.documents.isEmpty());
    assertEquals(2, sink.problems.size());
    assertEquals(file + " line 1", sink.problems.get(0).input());
    assertTrue(sink.problems.get(1).reason().startsWith("malformed JSON: "));
  }

  /** Counts without keeping anything, so the test itself holds no documents. */
  private static final class CountingSink implements DocumentSink {
    int documents;
    int problems;

    @Override
    public void accept(RawDocument document) {
      documents++;
    }

    @Override
    public void problem(io.uncrowned.guard.article.Problem problem) {
      problems++;
    }
  }
}
