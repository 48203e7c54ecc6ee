package io.uncrowned.guard.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench runs and reports every system; how fast is for the bench itself to say, not a test. */
class ExtractionSpeedBenchTest {
  @Test
  void reportsEverySystem() {
    // Synthetic pages.
    ExtractionSpeedBench bench = ExtractionSpeedBench.ofHtml(List.of(
        "<html><body><article><p>A synthetic paragraph about an invented harbour, long enough to count.</p></article></body></html>",
        "<html><body><div><p>Another synthetic paragraph, with commas, clauses, and a second sentence. Here.</p></div></body></html>"));
    ExtractionSpeedBench.Result result = bench.run(1);
    assertEquals(2, result.pages());
    assertEquals(List.of("guard (ours)", "readability4j", "copy only"),
        result.rows().stream().map(ExtractionSpeedBench.Row::name).toList());
    assertTrue(result.rows().stream().allMatch(r -> r.pagesPerSecond() > 0));
    assertTrue(result.table().contains("pages/s"));
  }

  @Test
  void refusesNoPagesAndNoRounds() {
    assertThrows(IllegalArgumentException.class, () -> ExtractionSpeedBench.ofHtml(List.of()));
    assertThrows(IllegalArgumentException.class, () -> ExtractionSpeedBench.ofHtml(List.of("<p>x</p>")).run(0));
  }
}
