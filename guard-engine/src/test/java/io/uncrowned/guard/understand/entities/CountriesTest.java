package io.uncrowned.guard.understand.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountriesTest {
  private final Countries countries = TestCountries.synthetic();

  @Test
  void resolvesNamesAndShortForms() {
    for (String alias : new String[] {"United States", "the United States", "U.S.", "US", "USA", "America"}) {
      assertEquals(Optional.of("US"), countries.code(alias), alias);
    }
    assertEquals(Optional.of("GB"), countries.code("Britain"));
    assertEquals(Optional.of("GB"), countries.code("UK"));
    assertEquals(Optional.empty(), countries.code("us"), "the pronoun is not the country");
    assertEquals(Optional.of("United States"), countries.name("US"));
  }

  @Test
  void knowsCapitalsSeatsAndGovernmentNames() {
    assertEquals(Optional.of("RU"), countries.codeOfCapital("Moscow"));
    assertEquals(Optional.of("UA"), countries.codeOfCapital("Kiev"));
    assertEquals(Optional.of("RU"), countries.codeOfSeat("the Kremlin"));
    assertEquals(Optional.of("RU"), countries.codeOfSeat("Kremlin"));
    assertEquals("Government of the United States", countries.governmentName("US"));
    assertEquals("Government of Russia", countries.governmentName("RU"));
  }

  @Test
  void idsAreStableSlugs() {
    assertEquals("location:united-states", EntityId.of(EntityKind.LOCATION, "United States").value());
    assertEquals("person:zofia-lukasiewicz", EntityId.of(EntityKind.PERSON, "Zofia Łukasiewicz ").value().replace("ł", "l"));
    assertEquals(EntityId.of(EntityKind.GROUP, "Western allies"), EntityId.of(EntityKind.GROUP, "Western  Allies"));
  }
}
