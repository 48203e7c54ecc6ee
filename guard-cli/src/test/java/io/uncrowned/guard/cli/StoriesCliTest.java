package io.uncrowned.guard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guard stories} and {@code guard story} over the sample corpus ingested without the understanding layer
 * (so no gazetteer or NLP model is needed): every stored article is in exactly one story, and the corpus's
 * reprints and near duplicates add to reports, never to independent sources.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoriesCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Path data;
  private List<JsonNode> stories;

  @BeforeAll
  void ingestAndList(@TempDir Path dir) throws IOException {
    data = dir.resolve("data");
    Cli ingest = Cli.run("ingest", "--no-progress", "--no-understand", "--data", data.toString(),
        Path.of("..", "samples", "corpus").toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    Cli list = Cli.run("stories", "--json", "--limit", "100", "--data", data.toString());
    assertEquals(0, list.exitCode(), list.err());
    stories = new ArrayList<>();
    for (String line : list.out().strip().split("\n")) {
      stories.add(JSON.readTree(line));
    }
  }

  @Test
  void everyArticleIsInOneStoryAndReprintsAreReportsNotSources() {
    int members = stories.stream().mapToInt(s -> s.get("members").asInt()).sum();
    int reports = stories.stream().mapToInt(s -> s.get("reports").asInt()).sum();
    assertEquals(29, members, "the sample corpus keeps 29 distinct articles");
    assertEquals(29 + 8, reports, "and records 3 exact and 5 near duplicates against them");
    for (JsonNode s : stories) {
      int sources = s.get("independentSources").asInt();
      assertTrue(sources >= 1 && sources <= s.get("members").asInt(), s.toString());
    }
  }

  @Test
  void aStoryShowsItsArticlesWithTheirReprints() throws IOException {
    JsonNode row = stories.stream().filter(s -> s.get("reports").asInt() > s.get("members").asInt()).findFirst()
        .orElseThrow();
    Cli show = Cli.run("story", row.get("id").asText(), "--json", "--data", data.toString());
    assertEquals(0, show.exitCode(), show.err());
    JsonNode story = JSON.readTree(show.out());
    assertEquals(row.get("members").asInt(), story.get("articles").size());
    int reprints = 0;
    for (JsonNode a : story.get("articles")) {
      reprints += a.get("reprints").asInt();
    }
    assertEquals(row.get("reports").asInt() - row.get("members").asInt(), reprints);
    assertTrue(Cli.run("story", row.get("id").asText(), "--data", data.toString()).out()
        .contains(row.get("title").asText()));
  }

  @Test
  void anUnknownStoryIsAnError() {
    assertEquals(1, Cli.run("story", "s0000000000000000", "--data", data.toString()).exitCode());
    assertEquals(2, Cli.run("story", "not-an-id", "--data", data.toString()).exitCode());
  }
}
