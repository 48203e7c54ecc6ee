package io.uncrowned.guard.eval.geoparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.Gazetteer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product path: the Lucene gazetteer installed from the shared GeoNames folder, then the CLAVIN cases
 * and a floor on LGL. Skips when the shared data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneGeoparseIT {
  @TempDir static Path dataDir;
  private Gazetteer gazetteer;

  @BeforeAll
  void install() {
    gazetteer = GeoparseEvalMain.lucene(dataDir, TestData.shared("geonames"));
  }

  @AfterAll
  void close() {
    if (gazetteer != null) {
      gazetteer.close();
    }
  }

  @Test
  void clavinCases() throws IOException {
    ContextResolver resolver = new ContextResolver(gazetteer);
    ClavinCasesTest.cases().forEach(c -> ClavinCasesTest.check(resolver, c));
  }

  @Test
  void seedBrief() throws IOException {
    GeoparseIT.checkSeedBrief(gazetteer);
  }

  @Test
  void lglWithGoldToponyms() {
    Report r = new GeoparseEvaluation(gazetteer).run(GeoCorpus.read(TestData.shared("geoparsing/lgl.xml"), "lgl"), true);
    assertTrue(r.expect("context").tuning().accuracy161() >= 0.84, r.table());
    assertTrue(r.expect("context").heldOut().accuracy161() >= 0.79, r.table());
  }
}
