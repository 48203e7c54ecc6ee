package io.uncrowned.guard.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.brief.BriefSettings;
import io.uncrowned.guard.brief.ExtractiveSummarizer;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summarisation evaluation end to end on a slice of SummEval (skipped when the data set is absent). */
class SummarizeIT {
  @TempDir Path dir;

  @Test
  void scoresOursLeadThreeAndTheFilesSystemsAndWritesOurSummaries() throws IOException {
    Path file = SummaryDataset.defaultLocation();
    Assumptions.assumeTrue(Files.isRegularFile(file), "SummEval not found; skipping");
    List<SummaryDoc> docs = SummaryDataset.read(file, 10).docs();
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(1)) {
      SummarizeReport report =
          new SummarizeEvaluation(new ExtractiveSummarizer(embedder, BriefSettings.DEFAULT)).run(docs);
      assertTrue(report.bySystem().containsKey(SummarizeEvaluation.LEAD3));
      assertTrue(report.bySystem().size() > 2, "the file's systems are scored too");
      RougeScores ours = report.mean(SummarizeEvaluation.OURS, -1);
      assertTrue(ours.rouge1() > 0.25, "floor on ten documents: " + ours);
      assertTrue(report.oursMeanWords() <= BriefSettings.DEFAULT.wordBudget() + 15, "" + report.oursMeanWords());
      Path out = dir.resolve("ours.jsonl");
      report.writeOurs(out);
      List<String> lines = Files.readAllLines(out);
      assertEquals(10, lines.size());
      assertTrue(lines.get(0).startsWith("{\"doc_id\":\"" + docs.get(0).docId() + "\",\"summary\":"));
    }
  }
}
