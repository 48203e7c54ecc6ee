package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an ingest: the store must open afterwards, and a re-run must complete
 * the batch with every article exactly once and the index in step with the store.
 */
class CrashRecoveryIT {
  private static final int PAGES = 4000;
  private static final String[] WORDS = (
      "council budget harbour tariff ferry permit drought reservoir levy subsidy grain licence quota tram"
      + " bridge district mayor minister court ruling appeal vote session review limit exemption charge"
      + " river valley province region port market import export fuel price wage housing rent school")
      .split(" ");

  @TempDir Path work;

  @Test
  void killedIngestLeavesAStoreThatOpensAndARerunCompletesWithoutDuplicates() throws Exception {
    Path pages = writePages(work.resolve("pages"));
    Path data = work.resolve("data");

    Process first = guard("ingest", "--no-progress", "--no-understand", "--data", data.toString(), pages.toString());
    waitForCommittedArticles(data.resolve("store.db"), first);
    first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
    assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the killed ingest should be gone");
    long beforeRerun = countArticles(data.resolve("store.db"));
    assertTrue(beforeRerun > 0 && beforeRerun < PAGES, "killed mid-way, kept " + beforeRerun);

    Process rerun = guard("ingest", "--no-progress", "--no-understand", "--data", data.toString(), pages.toString());
    String summary = new String(rerun.getInputStream().readAllBytes()).strip(); // read before waiting: a full pipe blocks
    assertTrue(rerun.waitFor(5, TimeUnit.MINUTES), "the re-run should finish");
    assertEquals(0, rerun.exitValue(), summary);
    assertTrue(summary.endsWith("0 failed") || summary.contains(" 0 failed"), summary);

    assertEquals(PAGES, countArticles(data.resolve("store.db")));
    Process stats = guard("stats", "--json", "--data", data.toString());
    String json = new String(stats.getInputStream().readAllBytes());
    assertTrue(stats.waitFor(2, TimeUnit.MINUTES));
    assertTrue(json.contains("\"indexed\":" + PAGES), json);
    assertTrue(json.contains("\"articles\":" + PAGES), json);
  }

  private static Process guard(String... args) throws IOException {
    Path jar = Path.of("target", "guard.jar").toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static void waitForCommittedArticles(Path store, Process ingest) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!ingest.isAlive()) {
        throw new AssertionError("ingest ended before it could be killed; make the corpus larger");
      }
      if (Files.exists(store) && countArticles(store) >= 200) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no committed articles within 3 minutes");
  }

  private static long countArticles(Path store) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA busy_timeout=10000");
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("no such table")) {
        return 0;
      }
      throw e;
    }
  }

  /** Distinct synthetic pages: random sentences from a small vocabulary, each page its own canonical URL. */
  private static Path writePages(Path dir) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(7);
    for (int i = 0; i < PAGES; i++) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        body.append("<p>");
        for (int w = 0; w < 45; w++) {
          body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
        }
        body.append("page ").append(i).append(".</p>\n");
      }
      Files.writeString(dir.resolve("page-" + i + ".html"),
          "<!-- synthetic test page --><html><head><title>Synthetic page " + i + "</title>"
              + "<link rel=\"canonical\" href=\"https://crash.example/pages/" + i + "\"></head>"
              + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Synthetic page " + i + "</h1>"
              + body + "</article><footer>Synthetic footer</footer></body></html>");
    }
    return dir;
  }
}
