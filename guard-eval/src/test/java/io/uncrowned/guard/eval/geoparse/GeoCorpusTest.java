package io.uncrowned.guard.eval.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoCorpusTest {
  @Test
  void readsLglLayoutWithGoldPointsAndReportsMisplacedToponyms() {
    GeoCorpus corpus = GeoCorpus.read(TestData.fixture("lgl-layout.xml"), "synthetic");
    assertEquals(2, corpus.documents().size());
    GoldDocument first = corpus.documents().get(0);
    assertEquals("s1", first.id());
    assertTrue(first.isTuning());
    assertEquals(List.of("Paris", "Texas", "Springfield", "Illinois"),
        first.toponyms().stream().map(GoldToponym::text).toList());
    GoldToponym paris = first.toponyms().get(0);
    assertEquals(4717560L, paris.geonameId());
    assertEquals(33.66094, paris.latitude(), 1e-9);
    assertEquals("Paris", paris.span().of(first.text()));
    GoldDocument second = corpus.documents().get(1);
    assertFalse(second.isTuning());
    assertFalse(second.toponyms().get(1).hasPoint(), "a toponym without gaztag has no point");
    assertEquals(1, corpus.problems().size(), corpus.problems().toString());
  }

  @Test
  void readsGeoWebNewsLayout() {
    GeoCorpus corpus = GeoCorpus.read(TestData.fixture("gwn-layout.xml"), "synthetic");
    GoldDocument doc = corpus.documents().get(0);
    assertEquals("0", doc.id());
    assertEquals(2, doc.toponyms().size());
    GoldToponym springfield = doc.toponyms().get(1);
    assertEquals(4409896L, springfield.geonameId());
    assertTrue(springfield.hasPoint());
    assertFalse(doc.toponyms().get(0).hasPoint(), "a non-locational expression has no point");
  }

  @Test
  void readsTheSharedCorporaWithoutProblems() {
    GeoCorpus lgl = GeoCorpus.read(TestData.shared("geoparsing/lgl.xml"), "lgl");
    assertEquals(588, lgl.documents().size());
    assertEquals(5088, lgl.documents().stream().mapToInt(d -> d.toponyms().size()).sum());
    assertEquals(List.of(), lgl.problems());
    GeoCorpus gwn = GeoCorpus.read(TestData.shared("geoparsing/GWN.xml"), "gwn");
    assertEquals(200, gwn.documents().size());
    // GWN has 2,401 geocoded toponyms; two of them (in article 123) carry negative offsets and are skipped.
    assertEquals(2399, gwn.documents().stream().flatMap(d -> d.toponyms().stream())
        .filter(t -> t.geonameId() != 0).count());
    assertEquals(5, gwn.problems().size(), gwn.problems().toString());
  }
}
