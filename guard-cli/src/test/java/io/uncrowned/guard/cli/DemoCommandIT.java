package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guard demo}: ingests the sample corpus, then serves it on the URL it prints unless --no-serve. */
class DemoCommandIT {
  private static final Pattern LISTENING = Pattern.compile("on (http://127\\.0\\.0\\.1:(\\d+)/)");
  private static final String CORPUS = Path.of("..", "samples", "corpus").toString();

  @TempDir Path data;

  @Test
  void noServeStopsAfterIngesting() {
    Cli demo = Cli.run("demo", "--no-serve", "--no-progress", "--corpus", CORPUS, "--data", data.toString());
    assertEquals(0, demo.exitCode(), demo.err());
    assertTrue(demo.out().contains("search \"congestion charge\""), demo.out());
    assertFalse(demo.out().contains("Serving"), demo.out());
  }

  @Test
  void servesWhatItIngestedOnThePrintedUrl() throws Exception {
    StringWriter out = new StringWriter();
    Thread demo = new Thread(() -> GuardCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "demo", "--no-progress", "--port", "0", "--corpus", CORPUS, "--data", data.toString()), "demo-under-test");
    demo.start();
    try {
      String base = awaitUrl(out);
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> search = client.send(HttpRequest.newBuilder(URI.create(base + "api/search?q=congestion")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, search.statusCode());
      assertFalse(search.body().contains("\"total\":0"), search.body());
      HttpResponse<String> tracker = client.send(HttpRequest.newBuilder(URI.create(base + "api/policies")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(tracker.body().contains("\"available\":true"), "policy history is connected: " + tracker.body());
    } finally {
      demo.interrupt();
      demo.join(Duration.ofSeconds(20).toMillis());
    }
    assertFalse(demo.isAlive(), "the demo's server stops when interrupted");
  }

  private static String awaitUrl(StringWriter out) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      Matcher m = LISTENING.matcher(out.toString());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("guard demo did not start serving: " + out);
  }
}
