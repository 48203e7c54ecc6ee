package io.uncrowned.guard.understand.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void foldsCaseAccentsPunctuationAndAbbreviationStops() {
    assertEquals("saint etienne", PlaceNames.fold("Saint-Étienne"));
    assertEquals("us", PlaceNames.fold("U.S."));
    assertEquals("marthas vineyard", PlaceNames.fold("Martha\u2019s  Vineyard"));
    assertEquals("", PlaceNames.fold(" -- "));
  }

  @Test
  void queriesDropArticlesAndPossessives() {
    assertEquals("Ukraine", ContextResolver.query("Ukraine's"));
    assertEquals("Bronx", ContextResolver.query("the Bronx"));
  }
}
