package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The bundled synthetic corpus through the CLI: counts, duplicates, idempotence, search, show. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path data;
  private JsonNode expected;
  private Cli firstIngest;

  @BeforeAll
  void ingestOnce(@TempDir Path dir) throws IOException {
    data = dir;
    expected = JSON.readTree(SAMPLES.resolve("expected.json").toFile());
    firstIngest = Cli.run("ingest", "--no-progress", "--no-understand", "--data", data.toString(), corpus());
  }

  private static String corpus() {
    return SAMPLES.resolve("corpus").toString();
  }

  @Test
  void ingestKeepsEveryDistinctArticleAndRecordsEachDuplicate() throws IOException {
    int unique = expected.get("unique").asInt();
    int duplicates = expected.get("documents").asInt() - unique;
    assertEquals(0, firstIngest.exitCode(), firstIngest.err());
    assertEquals(unique + " ingested, " + duplicates + " duplicates, 0 failed", firstIngest.lastLine());
    JsonNode stats = JSON.readTree(Cli.run("stats", "--json", "--data", data.toString()).out());
    assertEquals(unique, stats.at("/store/articles").asInt());
    assertEquals(unique, stats.at("/indexed").asInt());
    assertEquals(expected.get("exactDuplicates").size(), stats.at("/store/exactDuplicates").asInt());
    assertEquals(expected.get("nearDuplicates").size(), stats.at("/store/nearDuplicates").asInt());
  }

  @Test
  void exactlyOneArticleOfEachDuplicatePairIsIndexed() throws IOException {
    Cli all = Cli.run("search", "--json", "-n", "100", "--data", data.toString());
    Set<String> indexedTitles = new HashSet<>();
    JSON.readTree(all.out()).get("hits").forEach(h -> indexedTitles.add(h.get("title").asText()));
    Map<String, String> titleOf = new HashMap<>();
    expected.get("items").forEach(i -> titleOf.put(i.get("locator").asText(), i.get("title").asText()));
    for (String kind : new String[] {"exactDuplicates", "nearDuplicates"}) {
      for (JsonNode pair : expected.get(kind)) {
        String dup = titleOf.get(pair.get("duplicate").asText());
        String original = titleOf.get(pair.get("original").asText());
        int present = (indexedTitles.contains(dup) ? 1 : 0) + (indexedTitles.contains(original) ? 1 : 0);
        assertEquals(dup.equals(original) ? 2 : 1, present, kind + " " + pair);
      }
    }
  }

  @Test
  void reingestingChangesNothingAndSaysSo() {
    Cli again = Cli.run("ingest", "--no-progress", "--no-understand", "--data", data.toString(), corpus());
    assertEquals(0, again.exitCode(), again.err());
    int documents = expected.get("documents").asInt();
    assertEquals("0 ingested, 0 duplicates, 0 failed (0 updated, " + documents + " unchanged)", again.lastLine());
  }

  @Test
  void searchReturnsRankedHitsWithIdsThatShowOpens() throws IOException {
    Cli search = Cli.run("search", "lithium export", "--json", "--data", data.toString());
    JsonNode result = JSON.readTree(search.out());
    assertTrue(result.get("total").asInt() >= 3, search.out());
    JsonNode top = result.get("hits").get(0);
    assertTrue(top.get("title").asText().contains("ithium"), top.toString());
    assertTrue(top.get("snippet").asText().contains("<b>"), top.toString());

    Cli show = Cli.run("show", top.get("id").asText(), "--json", "--data", data.toString());
    JsonNode record = JSON.readTree(show.out());
    assertEquals(top.get("id").asText(), record.at("/article/id").asText());
    assertEquals(top.get("title").asText(), record.at("/article/title").asText());
    assertTrue(record.at("/article/text").asText().length() > 500);
  }

  @Test
  void filtersBySourceLanguageAndDateRange() throws IOException {
    JsonNode bySource = JSON.readTree(
        Cli.run("search", "Porto", "--source", "Northline Dispatch", "--json", "--data", data.toString()).out());
    bySource.get("hits").forEach(h -> assertEquals("Northline Dispatch", h.get("source").asText()));
    assertEquals(0, JSON.readTree(
        Cli.run("search", "Porto", "--lang", "de", "--json", "--data", data.toString()).out()).get("total").asInt());
    JsonNode in2025 = JSON.readTree(Cli.run("search", "Kraków", "--from", "2025-01-01", "--to", "2026-01-01",
        "--json", "-n", "50", "--data", data.toString()).out());
    assertTrue(in2025.get("total").asInt() >= 1, in2025.toString());
    in2025.get("hits").forEach(h -> assertTrue(h.get("published").asText().startsWith("2025"), h.toString()));
  }

  @Test
  void showOfAnUnknownIdFailsClearly() {
    Cli show = Cli.run("show", "0123456789abcdef", "--data", data.toString());
    assertEquals(1, show.exitCode());
    assertTrue(show.err().contains("0123456789abcdef: no such article"), show.err());
  }
}
