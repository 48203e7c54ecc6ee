package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of hostile inputs after a good one: each bad input gets one line naming it, the good ones are
 * kept, the exit code says something failed, and what was stored before is still there unchanged.
 */
class BadInputTest {
  @TempDir Path work;

  private static final String GOOD =
      "<!-- synthetic test page --><html><head><title>Tallinn port fees frozen</title>"
          + "<link rel=canonical href=\"https://bad-input.example/tallinn\"></head><body><article>"
          + "<h1>Tallinn port fees frozen</h1><p>The invented Baltic Harbour Board froze berth fees in Tallinn for"
          + " the winter season on Tuesday, limiting the freeze solely to passenger ferries and leaving cargo"
          + " tariffs unchanged until the spring review by the board's finance committee.</p><p>Board secretary"
          + " Henrik Vaab said the freeze would be reconsidered in April once traffic figures were known.</p>"
          + "</article></body></html>";

  @Test
  void badInputsAreNamedTheRestGoesOnAndNothingStoredIsLost() throws IOException {
    Path data = work.resolve("data");
    Path good = Files.writeString(work.resolve("good.html"), GOOD);
    Cli first = Cli.run("ingest", "--no-progress", "--no-understand", "--data", data.toString(), good.toString());
    assertEquals("1 ingested, 0 duplicates, 0 failed", first.lastLine(), first.err());
    String storedBefore = Cli.run("show", "--json", idOf(data), "--data", data.toString()).out();

    Path bad = Files.createDirectories(work.resolve("bad"));
    Files.write(bad.resolve("empty.html"), new byte[0]);
    byte[] junk = new byte[4096];
    Arrays.fill(junk, (byte) 0);
    junk[0] = (byte) 0x7f;
    Files.write(bad.resolve("junk.bin"), junk);
    Files.writeString(bad.resolve("broken.jsonl"),
        "{\"url\":\"https://bad-input.example/a\",\"title\":\"A\",\"text\":\"Synthetic wire text about Riga tram fares that were frozen for a year by the invented Daugava Transit Office.\"}\n{\"url\": oops\n");
    Files.writeString(bad.resolve("xxe.rss"),
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>&x;</description></item></channel></rss>");
    Files.writeString(bad.resolve("truncated.warc"), "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n");
    try (RandomAccessFile huge = new RandomAccessFile(bad.resolve("huge.html").toFile(), "rw")) {
      huge.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    }
    Files.writeString(bad.resolve("good-too.html"), GOOD.replace("tallinn", "tallinn-2").replace("Tallinn port", "Tartu river"));

    Cli batch = Cli.run("ingest", "--no-progress", "--no-understand", "--data", data.toString(), bad.toString(),
        "http://127.0.0.1:9/unreachable");
    assertEquals(1, batch.exitCode());
    String err = batch.err();
    for (String name : new String[] {"empty.html", "junk.bin", "broken.jsonl line 2", "truncated.warc", "huge.html", "127.0.0.1:9"}) {
      assertTrue(err.contains(name), "no error naming " + name + " in:\n" + err);
    }
    assertTrue(!err.contains("root:x:0:0") && !batch.out().contains("root:x:0:0"), "XXE leaked a local file");
    err.lines().forEach(l -> assertTrue(l.startsWith("error: "), "not a one-line error: " + l));
    // The JSON Lines record's good first line is kept; good-too.html reprints good.html under a new headline.
    assertEquals("1 ingested, 1 duplicates, 7 failed", batch.lastLine());

    assertEquals(storedBefore, Cli.run("show", "--json", idOf(data), "--data", data.toString()).out());
  }

  private static String idOf(Path data) throws IOException {
    String json = Cli.run("search", "Tallinn", "--json", "--data", data.toString()).out();
    int at = json.indexOf("\"id\":\"");
    assertTrue(at > 0, json);
    return json.substring(at + 6, at + 22);
  }
}
