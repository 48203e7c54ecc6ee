package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WARC whose last record is cut off inside a record that would be skipped anyway (no HTTP payload). */
class TruncatedWarcTest {
  @TempDir Path dir;

  @Test
  void aFileEndingInsideASkippedRecordIsReportedNotIgnored() throws IOException {
    Path warc = dir.resolve("cut.warc");
    Files.writeString(warc, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n");
    List<Problem> problems = new ArrayList<>();
    new InputCollector(CollectOptions.defaults())
        .collect(
            warc.toString(),
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {}

              @Override
              public void problem(Problem problem) {
                problems.add(problem);
              }
            });
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().contains("cut.warc record at offset 0"), problems.toString());
    assertTrue(problems.get(0).reason().contains("truncated"), problems.toString());
  }
}
