package io.uncrowned.guard.eval.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.understand.places.Gazetteer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseEvaluationTest {
  @TempDir Path temp;

  @Test
  void contextBeatsPopulationOnSyntheticHierarchiesAndWritesTsv() throws Exception {
    GeoCorpus corpus = GeoCorpus.read(TestData.fixture("lgl-layout.xml"), "synthetic");
    try (Gazetteer gazetteer = GeonamesFileGazetteer.load(TestData.fixture("geonames"))) {
      Report report = new GeoparseEvaluation(gazetteer).run(corpus, true);
      assertEquals(5, report.expect("context").all().count());
      assertEquals(1.0, report.expect("context").all().accuracy161(), 1e-12);
      // Population picks Paris, France and Springfield, Missouri in the first document.
      assertEquals(0.6, report.expect("population").all().accuracy161(), 1e-12);
      assertEquals(4, report.expect("context").tuning().count());
      assertEquals(1, report.expect("context").heldOut().count());
      assertEquals(5, report.coverage().goldIds());
      assertTrue(report.table().contains("acc@161"), report.table());
      Path out = temp.resolve("resolved.tsv");
      GeoparseEvalMain.write(report, out);
      List<String> lines = Files.readAllLines(out);
      assertEquals(11, lines.size());
      assertTrue(lines.contains("context\ts1\t24\t29\tParis\t4717560\t33.66094\t-95.55551\t4717560\t0.0"),
          String.join("\n", lines));
    }
  }

  @Test
  void endToEndScoresRecognitionAndResolvesOnlyExactSpans() {
    GeoCorpus corpus = GeoCorpus.read(TestData.fixture("lgl-layout.xml"), "synthetic");
    try (Gazetteer gazetteer = GeonamesFileGazetteer.load(TestData.fixture("geonames"))) {
      Report report = new GeoparseEvaluation(gazetteer, new CapitalisedAnnotator(),
          io.uncrowned.guard.understand.places.ResolverWeights.DEFAULT).run(corpus, false);
      SpanScores s = report.recognition().orElseThrow();
      // Gazetteer evidence alone finds the three cities, not the states (regions are left to NER).
      assertEquals(5, s.exact().gold());
      assertEquals(3, s.exact().truePositives(), report.table());
      assertEquals(3, report.expect("context").all().count());
      assertTrue(report.table().contains("recognition exact"), report.table());
    }
  }

  @Test
  void endToEndNeedsAnAnnotator() {
    GeoCorpus corpus = GeoCorpus.read(TestData.fixture("gwn-layout.xml"), "synthetic");
    try (Gazetteer gazetteer = GeonamesFileGazetteer.load(TestData.fixture("geonames"))) {
      var evaluation = new GeoparseEvaluation(gazetteer);
      org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> evaluation.run(corpus, false));
    }
  }
}
