package io.uncrowned.guard.eval.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.Geoparse;
import io.uncrowned.guard.understand.places.Geoparser;
import io.uncrowned.guard.understand.places.NerToponymRecognizer;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Floors on the shared geoparsing corpora with gold toponyms (slightly below what the resolver reaches with
 * the in-memory GeoNames gazetteer), and the seed brief's places. Skips when the shared data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeoparseIT {
  private Gazetteer gazetteer;

  @BeforeAll
  void load() {
    gazetteer = GeonamesFileGazetteer.load(TestData.shared("geonames"));
  }

  @AfterAll
  void close() {
    if (gazetteer != null) {
      gazetteer.close();
    }
  }

  @Test
  void lglWithGoldToponyms() {
    Report r = new GeoparseEvaluation(gazetteer).run(GeoCorpus.read(TestData.shared("geoparsing/lgl.xml"), "lgl"), true);
    Report.Row ours = r.expect("context");
    assertTrue(ours.tuning().accuracy161() >= 0.82, r.table());
    assertTrue(ours.heldOut().accuracy161() >= 0.79, r.table());
    assertTrue(ours.all().auc() <= 0.20, r.table());
    assertTrue(ours.all().accuracy161() > r.expect("population").all().accuracy161() + 0.2, r.table());
  }

  @Test
  void geoWebNewsWithGoldToponyms() {
    Report r = new GeoparseEvaluation(gazetteer).run(GeoCorpus.read(TestData.shared("geoparsing/GWN.xml"), "gwn"), true);
    assertTrue(r.expect("context").all().accuracy161() >= 0.70, r.table());
  }

  @Test
  void seedBriefPlaces() throws IOException {
    checkSeedBrief(gazetteer);
  }

  /** The seed brief: Kharkiv the city (706483), Ukraine, Russia; "Western allies" is no place. */
  static void checkSeedBrief(Gazetteer gazetteer) throws IOException {
    Path seed = TestData.shared("../seed/000_2916ca55d35a1ea1.txt");
    String text = Files.readString(seed);
    Geoparser geoparser = Geoparser.of(new NerToponymRecognizer(new CapitalisedAnnotator(), gazetteer),
        new ContextResolver(gazetteer));
    Geoparse result = geoparser.parse(text, Lang.of("en"));
    List<PlaceMention> m = result.mentions();
    assertTrue(m.stream().anyMatch(p -> p.text().equals("Kharkiv") && p.place().geonameId() == 706483
        && Math.abs(p.place().latitude() - 50.0) < 0.2 && Math.abs(p.place().longitude() - 36.2) < 0.2),
        m.toString());
    assertTrue(m.stream().anyMatch(p -> p.text().equals("Ukraine") && p.place().isCountry()
        && p.place().countryCode().equals("UA")), m.toString());
    assertTrue(m.stream().anyMatch(p -> p.text().equals("Russia") && p.place().isCountry()
        && p.place().countryCode().equals("RU")), m.toString());
    assertTrue(m.stream().noneMatch(p -> p.text().contains("Western")), m.toString());
    assertEquals("UA", result.focus().mainCountry().orElseThrow());
  }
}
