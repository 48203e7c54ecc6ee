package io.uncrowned.guard.understand;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import org.junit.jupiter.api.Test;

/** Which resolved places an article keeps: real GeoNames rows, toponyms as an article might write them. */
class ArticleUnderstanderTest {
  private static final Place UNGUIA = new Place(3666475, "Unguía", "Unguia", "CO", "04", "P", "PPLA2", 8.04, -77.09, 12192);
  private static final Place KYIV = new Place(703448, "Kyiv", "Kyiv", "UA", "12", "P", "PPLC", 50.45, 30.52, 2797553);
  private static final Place US = new Place(6252001, "United States", "United States", "US", "00", "A", "PCLI", 39.76, -98.5, 327167434);
  private static final Place PORTO = new Place(2735943, "Porto", "Porto", "PT", "17", "P", "PPLA", 41.15, -8.61, 249633);

  private static PlaceMention mention(String written, Place place, double confidence) {
    return new PlaceMention(new Span(0, written.length()), written, place, confidence);
  }

  @Test
  void aPlaceReachedUnderAnotherNameIsDoubtfulHoweverConfident() {
    assertTrue(ArticleUnderstander.doubtful(mention("Axarquía", UNGUIA, 1.0)));
  }

  @Test
  void namesAsWrittenCountriesByShortFormAndCapitalsByOldNamesAreKept() {
    assertFalse(ArticleUnderstander.doubtful(mention("Porto", PORTO, 0.9)));
    assertFalse(ArticleUnderstander.doubtful(mention("Porto's", PORTO, 0.9)));
    assertFalse(ArticleUnderstander.doubtful(mention("U.S.", US, 1.0)));
    assertFalse(ArticleUnderstander.doubtful(mention("Kiev", KYIV, 0.9)));
  }

  @Test
  void weakPicksAreDoubtfulEvenWhenNamedAsWritten() {
    assertTrue(ArticleUnderstander.doubtful(mention("Porto", PORTO, 0.3)));
  }
}
