package io.uncrowned.guard.understand.entities;

import static io.uncrowned.guard.understand.entities.EntityLinkerTest.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.SharedAnnotator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entities the team's seed brief must yield, with the real GeoNames country table; skips without them. */
class SeedBriefTest {
  private static LinkedEntities entities;

  @BeforeAll
  static void link() throws IOException {
    Optional<Path> seed = TestCountries.shared("seed/000_2916ca55d35a1ea1.txt");
    Optional<Path> countryInfo = TestCountries.shared("data/geonames/countryInfo.txt");
    assumeTrue(seed.isPresent() && countryInfo.isPresent(), "shared seed brief or GeoNames country table absent");
    String text = Files.readString(seed.get());
    EntityLinker linker = new EntityLinker(Countries.fromGeoNames(countryInfo.get()), Demonyms.bundled());
    entities = linker.link(text, SharedAnnotator.get().annotate(text, Lang.of("en")));
  }

  @Test
  void unitedStatesWithItsAliasesAndItsGovernment() {
    Entity us = expect(entities, EntityKind.LOCATION, "United States");
    assertTrue(us.aliases().contains("U.S.") && us.aliases().contains("United States"), us.aliases().toString());
    Entity government = expect(entities, EntityKind.ORGANIZATION, "Government of the United States");
    assertTrue(government.aliases().contains("the Biden administration"), government.aliases().toString());
    assertEquals("US", government.countryCode());
    assertTrue(entities.tiedTo("US").containsAll(java.util.List.of(us, government)));
  }

  @Test
  void placesAndOrganisations() {
    assertEquals("UA", expect(entities, EntityKind.LOCATION, "Ukraine").countryCode());
    assertEquals("RU", expect(entities, EntityKind.LOCATION, "Russia").countryCode());
    expect(entities, EntityKind.LOCATION, "Kharkiv");
    assertEquals("UA", expect(entities, EntityKind.ORGANIZATION, "Ministry of Defense of Ukraine").countryCode());
  }

  @Test
  void groupsAreNotPlaces() {
    expect(entities, EntityKind.GROUP, "Western allies");
    assertEquals("RU", expect(entities, EntityKind.GROUP, "Russian forces").countryCode());
    assertFalse(entities.entities().stream().anyMatch(e -> e.kind() == EntityKind.LOCATION && e.name().contains("Western")));
  }
}
