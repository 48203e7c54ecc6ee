package io.uncrowned.guard.understand.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Span;
import org.junit.jupiter.api.Test;

class LevelCueTest {
  private static LevelCue cue(String text, String toponym) {
    int start = text.indexOf(toponym);
    return LevelCue.around(text, new Span(start, start + toponym.length()));
  }

  @Test
  void readsTheLevelFromTheWordsAround() {
    assertEquals(LevelCue.REGION, cue("near the Kharkiv region, where", "Kharkiv"));
    assertEquals(LevelCue.REGION, cue("in the Kharkiv border area.", "Kharkiv"));
    assertEquals(LevelCue.REGION, cue("in Kharkiv Oblast today", "Kharkiv Oblast"));
    assertEquals(LevelCue.CITY, cue("the city of Kharkiv was hit", "Kharkiv"));
    assertEquals(LevelCue.CITY, cue("in the Kharkiv region, Ukraine's second-largest city.", "Kharkiv"));
    assertEquals(LevelCue.COUNTRY, cue("the country of Georgia", "Georgia"));
    assertEquals(LevelCue.NONE, cue("strikes inside Russia were allowed", "Russia"));
  }

  @Test
  void dropsATrailingLevelWord() {
    assertEquals("kharkiv", LevelCue.withoutLevelWord("kharkiv oblast"));
    assertEquals("boone", LevelCue.withoutLevelWord("boone county"));
    assertEquals("paris", LevelCue.withoutLevelWord("paris"));
  }
}
