package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code guard serve} over an ingested folder, answering on the port it prints, until interrupted. */
class ServeCommandIT {
  private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path data;

  @Test
  void servesTheFolderAndStopsWhenInterrupted() throws Exception {
    Cli ingest = Cli.run("ingest", "--no-progress", "--no-understand", "--data", data.toString(),
        Path.of("..", "samples", "corpus").toString());
    assertEquals(0, ingest.exitCode(), ingest.err());

    StringWriter out = new StringWriter();
    int[] exit = {-1};
    Thread serve = new Thread(() -> exit[0] = GuardCommand.execute(new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), "serve", "--port", "0", "--data", data.toString()), "serve-under-test");
    serve.start();
    int port = awaitPort(out);
    assertTrue(out.toString().contains("No serve.token set"), out.toString());
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> health = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    assertTrue(health.body().contains("\"articles\":29"), health.body());
    HttpResponse<String> ingestOverHttp = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ingest"))
            .header("Authorization", "Bearer anything").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"https://news.example/a\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, ingestOverHttp.statusCode(), "no token configured: writes are refused");

    serve.interrupt();
    serve.join(Duration.ofSeconds(20).toMillis());
    assertTrue(!serve.isAlive(), "serve stops when interrupted");
    assertEquals(1, exit[0], "an interrupted serve ends like any failed command, after closing the engine");
    assertEquals(0, Cli.run("stats", "--data", data.toString()).exitCode(), "the folder opens again: the engine was closed");
  }

  private static int awaitPort(StringWriter out) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Matcher m = LISTENING.matcher(out.toString());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("guard serve did not start: " + out);
  }
}
