package io.uncrowned.guard.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows written for this test (synthetic), in the shapes SummEval and Newsroom use. */
class SummaryDatasetTest {
  @TempDir Path dir;

  @Test
  void readsBothReferenceShapesAndBothSystemShapesAndReportsBadRows() throws IOException {
    Path file = dir.resolve("set.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"doc_id\":\"a\",\"src\":\"Synthetic text one .\",\"ref_summs\":[\"r1\",\"r2\"],"
            + "\"sys_summs\":{\"M0\":{\"sys_summ\":\"s0\",\"scores\":{}}}}",
        "",
        "{\"doc_id\":\"b\",\"src\":\"Synthetic text two .\",\"ref_summ\":\"r\",\"sys_summs\":{\"lede3\":\"s\"}}",
        "{\"doc_id\":\"c\",\"src\":\"no reference\"}",
        "not json"), StandardCharsets.UTF_8);
    SummaryDataset.Read read = SummaryDataset.read(file, 0);
    assertEquals(2, read.docs().size());
    assertEquals(List.of("r1", "r2"), read.docs().get(0).references());
    assertEquals(Map.of("M0", "s0"), read.docs().get(0).systems());
    assertEquals(List.of("r"), read.docs().get(1).references());
    assertEquals(Map.of("lede3", "s"), read.docs().get(1).systems());
    assertEquals(2, read.problems().size());
    assertTrue(read.problems().get(0).contains(":4:"), read.problems().get(0));
  }

  @Test
  void stopsAtTheLimit() throws IOException {
    Path file = dir.resolve("two.jsonl");
    Files.writeString(file, "{\"doc_id\":\"a\",\"src\":\"x\",\"ref_summ\":\"r\"}\n"
        + "{\"doc_id\":\"b\",\"src\":\"y\",\"ref_summ\":\"r\"}\n", StandardCharsets.UTF_8);
    assertEquals(1, SummaryDataset.read(file, 1).docs().size());
  }

  @Test
  void leadThreeIsTheFirstThreeSentences() {
    assertEquals("One here. Two here. Three here.", new Lead3().of("One here. Two here. Three here. Four here."));
  }
}
