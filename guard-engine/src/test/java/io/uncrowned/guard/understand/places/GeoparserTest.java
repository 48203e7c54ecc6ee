package io.uncrowned.guard.understand.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.understand.nlp.NerType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoparserTest {
  @Test
  void resolvesRecognisedToponymsAndFindsTheFocus() {
    // Synthetic, in the manner of the seed brief; no real person speaks.
    String text = "Synthetic: Ukraine may now strike targets inside Russia near the Kharkiv region, "
        + "the Corvane Council said. Its Western allies agreed. The situation in Kharkiv is dire, and "
        + "Ukraine asked for more.";
    InMemoryGazetteer gazetteer = InMemoryGazetteer.sample();
    Geoparser geoparser = Geoparser.of(new NerToponymRecognizer(new ListAnnotator(Map.of(
        "Kharkiv", NerType.LOCATION, "Corvane Council", NerType.ORGANIZATION)), gazetteer),
        new ContextResolver(gazetteer));
    Geoparse result = geoparser.parse(text, Lang.of("en"));
    List<String> found = result.mentions().stream().map(m -> m.text() + "=" + m.place().geonameId()).toList();
    assertEquals(List.of("Ukraine=690791", "Russia=2017370", "Kharkiv=706482", "Kharkiv=706483",
        "Ukraine=690791"), found);
    assertTrue(result.mentions().stream().noneMatch(m -> m.text().contains("Western")));
    assertEquals("UA", result.focus().mainCountry().orElseThrow());
    assertEquals(706483L, result.focus().places().stream().filter(p -> p.featureClass().equals("P"))
        .findFirst().orElseThrow().geonameId());
  }

  @Test
  void noPlacesNoFocus() {
    assertEquals(PlaceFocus.NONE, PlaceFocus.of(List.of()));
  }
}
