package io.uncrowned.guard.understand.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemonymsTest {
  private final Demonyms demonyms = Demonyms.bundled();

  @Test
  void mapsAdjectivesAndPluralsToCountries() {
    assertEquals(Optional.of("RU"), demonyms.country("Russian"));
    assertEquals(Optional.of("RU"), demonyms.country("Russians"));
    assertEquals(Optional.of("Russian"), demonyms.adjective("Russians"));
    assertEquals(Optional.of("KR"), demonyms.country("South Korean"));
    assertEquals(2, demonyms.maxWords());
  }

  @Test
  void listsPeoplesWithoutACountry() {
    assertEquals(true, demonyms.contains("Kurdish"));
    assertEquals(Optional.empty(), demonyms.country("Kurdish"));
    assertEquals(false, demonyms.contains("Western"));
  }

  @Test
  void isCaseSensitive() {
    assertEquals(Optional.empty(), demonyms.country("polish"));
    assertEquals(Optional.of("PL"), demonyms.country("Polish"));
  }
}
