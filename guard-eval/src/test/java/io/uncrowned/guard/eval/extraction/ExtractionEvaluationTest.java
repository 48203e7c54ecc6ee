package io.uncrowned.guard.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.uncrowned.guard.extract.MainTextExtractor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
  // Synthetic page: invented town council, invented people.
  private static final String PAGE = """
      <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Council votes on the new bridge</h1>
      <p>The council of Lowmere voted on Tuesday to build a footbridge over the river, after a debate that ran late.</p>
      <p>Councillor Ada Fenwick said the bridge would link the two markets, and that work could start in spring.</p>
      </article><footer>Copyright Lowmere Gazette</footer></body></html>""";
  private static final String GOLD = "The council of Lowmere voted on Tuesday to build a footbridge over the river, after a "
      + "debate that ran late.\n\nCouncillor Ada Fenwick said the bridge would link the two markets, and that work "
      + "could start in spring.";

  @Test
  void scoresInProcessAndPublishedSystemsOnATinyDataset(@TempDir Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    json.writeValue(dir.resolve("ground-truth.json").toFile(), java.util.Map.of("p1", java.util.Map.of("articleBody", GOLD)));
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.createDirectories(dir.resolve("output"));
    // One published tool in the wrapped shape, one in the plain shape.
    Files.writeString(dir.resolve("output/perfect.json"),
        "{\"version\": \"1\", \"output\": {\"p1\": {\"articleBody\": " + json.writeValueAsString(GOLD) + "}}}");
    Files.writeString(dir.resolve("output/nothing.json"), "{\"p1\": {\"articleBody\": \"\"}}");

    Report report = ExtractionEvaluation.of(dir, List.of(Baselines.ours(new MainTextExtractor())), true).run();

    assertEquals(1, report.pages());
    assertEquals("nothing", report.rows().get(report.rows().size() - 1).name());
    assertEquals(1.0, report.expect("perfect").all().f1(), 1e-9);
    assertEquals(0.0, report.expect("nothing").all().f1(), 1e-9);
    assertEquals(1.0, report.expect("guard (ours)").all().f1(), 1e-9);
    assertTrue(report.table().contains("guard (ours)"));

    Path out = dir.resolve("predictions.json");
    BenchmarkDataset.writeBodies(report.predictions(), out);
    JsonNode written = json.readTree(out.toFile());
    assertEquals(GOLD, written.get("p1").get("articleBody").asText());
  }

  @Test
  void oursStaysAboveItsFloorOnTheBenchmark() {
    Path dataset = BenchmarkDataset.defaultLocation();
    assumeTrue(Files.isRegularFile(dataset.resolve("ground-truth.json")), "benchmark not present at " + dataset);

    Report report = ExtractionEvaluation.of(dataset, List.of(Baselines.ours(new MainTextExtractor())), false).run();

    System.out.print(report.table());
    Report.Row ours = report.expect("guard (ours)");
    assertEquals(181, report.pages());
    assertEquals(0, ours.failures());
    // We reach 0.975; the floor catches regressions without pinning every decimal.
    assertTrue(ours.all().f1() >= 0.97, report.table());
  }
}
