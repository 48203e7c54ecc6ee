package io.uncrowned.guard.understand.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.SharedAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linker on synthetic texts (invented people and organisations; real places). */
class EntityLinkerTest {
  private final EntityLinker linker = new EntityLinker(TestCountries.synthetic(), Demonyms.bundled());

  private LinkedEntities link(String text) {
    return linker.link(text, SharedAnnotator.get().annotate(text, Lang.of("en")));
  }

  @Test
  void mergesCountryAliases() {
    LinkedEntities e =
        link(
            "Synthetic text. The U.S. and Britain signed a fisheries pact on Tuesday. Inspectors from the"
                + " United States will visit Poland, and America will pay for them. The UK will send two boats.");
    Entity us = expect(e, EntityKind.LOCATION, "United States");
    assertEquals("US", us.countryCode());
    assertTrue(us.aliases().containsAll(List.of("U.S.", "United States", "America")), us.aliases().toString());
    Entity uk = expect(e, EntityKind.LOCATION, "United Kingdom");
    assertTrue(uk.aliases().containsAll(List.of("Britain", "UK")), uk.aliases().toString());
    assertConsistent(e);
  }

  @Test
  void capitalsThatSpeakAreGovernmentsAndOthersArePlaces() {
    LinkedEntities e =
        link(
            "Synthetic text. Moscow said on Friday that it would expel two diplomats. The Kremlin denied any"
                + " link to the harbour fire. Warsaw has rejected the claim. Snow fell in Moscow overnight.");
    Entity russia = expect(e, EntityKind.ORGANIZATION, "Government of Russia");
    assertEquals("RU", russia.countryCode());
    assertTrue(russia.aliases().containsAll(List.of("Moscow", "The Kremlin")), russia.aliases().toString());
    assertEquals("PL", expect(e, EntityKind.ORGANIZATION, "Government of Poland").countryCode());
    assertEquals(1, e.mentionsOf(expect(e, EntityKind.LOCATION, "Moscow").id()).size());
  }

  @Test
  void capitalsThatDecideAfterAdverbsAreGovernments() {
    LinkedEntities e =
        link("Synthetic text. Berlin has again refused to send the rockets. Tokyo on Tuesday lifted its curbs on"
            + " fish imports. Tourists in Tokyo cheered.");
    assertEquals("DE", expect(e, EntityKind.ORGANIZATION, "Government of Germany").countryCode());
    assertEquals("JP", expect(e, EntityKind.ORGANIZATION, "Government of Japan").countryCode());
    assertEquals(1, e.mentionsOf(expect(e, EntityKind.LOCATION, "Tokyo").id()).size());
  }

  @Test
  void coordinatedCapitalsThatSpeakAreBothGovernments() {
    LinkedEntities e = link("Synthetic text. Washington and Kyiv agreed on Monday to extend the grain corridor.");
    assertEquals("US", expect(e, EntityKind.ORGANIZATION, "Government of the United States").countryCode());
    assertEquals("UA", expect(e, EntityKind.ORGANIZATION, "Government of Ukraine").countryCode());
  }

  @Test
  void groupsAreActorsTiedToTheirCountry() {
    LinkedEntities e =
        link(
            "Synthetic text. Western allies pledged more aid to Ukraine. Russian forces shelled the town of"
                + " Vovchansk, and Russian troops crossed the river. Ukrainian officials said the bridge held.");
    Entity allies = expect(e, EntityKind.GROUP, "Western allies");
    assertEquals(null, allies.countryCode());
    Entity forces = expect(e, EntityKind.GROUP, "Russian forces");
    assertEquals("RU", forces.countryCode());
    assertTrue(forces.aliases().contains("Russian troops"));
    assertEquals("UA", expect(e, EntityKind.ORGANIZATION, "Government of Ukraine").countryCode());
    assertFalse(e.entities().stream().anyMatch(x -> x.kind() == EntityKind.LOCATION && x.name().contains("Western")));
    assertTrue(e.tiedTo("RU").contains(forces));
  }

  @Test
  void surnamesJoinTheFullName() {
    LinkedEntities e =
        link(
            "Synthetic text. Marta Kowalczyk, who runs Baltic Ferry Lines, opened a route to Helsinki. Kowalczyk"
                + " said the first crossing was full. Her deputy, Jonas Brandt, agreed. Brandt smiled.");
    Entity marta = expect(e, EntityKind.PERSON, "Marta Kowalczyk");
    assertEquals(List.of("Marta Kowalczyk", "Kowalczyk"), marta.aliases());
    assertEquals(List.of("Jonas Brandt", "Brandt"), expect(e, EntityKind.PERSON, "Jonas Brandt").aliases());
    assertTrue(e.find(EntityKind.PERSON, "Kowalczyk").isEmpty());
  }

  @Test
  void acronymsJoinTheirExpansion() {
    LinkedEntities e =
        link(
            "Synthetic text. The Northern Grain Council (NGC) raised its harvest forecast on Monday. Farmers"
                + " in Germany doubted it, but the NGC said the rain had come in time.");
    Entity council = expect(e, EntityKind.ORGANIZATION, "Northern Grain Council");
    assertEquals(3, e.mentionsOf(council.id()).size(), e.mentions().toString());
    assertTrue(council.aliases().contains("NGC"));
  }

  @Test
  void administrationsAndMinistriesAreOrganisationsOfTheirCountry() {
    LinkedEntities e =
        link(
            "Synthetic text. The Kowalski administration approved the sale on Monday. The Ministry of Defense"
                + " of Ukraine published photographs of the delivery.");
    Entity government = expect(e, EntityKind.ORGANIZATION, "Government of the United States");
    assertEquals("US", government.countryCode());
    assertTrue(government.aliases().contains("The Kowalski administration"), government.aliases().toString());
    assertEquals("UA", expect(e, EntityKind.ORGANIZATION, "Ministry of Defense of Ukraine").countryCode());
    assertTrue(e.find(EntityKind.PERSON, "Kowalski").isEmpty());
  }

  @Test
  void idsAreStableAcrossArticles() {
    LinkedEntities a = link("Synthetic text. Russian forces left the village near Kharkiv.");
    LinkedEntities b = link("Synthetic text. Near Kharkiv, Russian forces dug in for the winter.");
    assertEquals(
        expect(a, EntityKind.GROUP, "Russian forces").id(), expect(b, EntityKind.GROUP, "Russian forces").id());
    assertEquals(expect(a, EntityKind.LOCATION, "Kharkiv").id(), expect(b, EntityKind.LOCATION, "Kharkiv").id());
  }

  static Entity expect(LinkedEntities e, EntityKind kind, String name) {
    return e.find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " '" + name + "' in " + e.entities()));
  }

  /** Every mention's entity exists, mentions are in text order and do not overlap. */
  static void assertConsistent(LinkedEntities e) {
    int end = 0;
    for (EntityMention m : e.mentions()) {
      assertTrue(e.find(m.entity()).isPresent(), m.toString());
      assertTrue(m.span().start() >= end, "overlapping mentions at " + m);
      end = m.span().end();
    }
  }
}
