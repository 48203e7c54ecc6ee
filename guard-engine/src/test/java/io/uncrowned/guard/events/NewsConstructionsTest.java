package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways news states a decision beyond "Country verbed Country to do X": particle verbs, decision nouns owned by
 * their decider, refusals of a licence, capitals and state bodies standing for their country, requesters,
 * makers of approved products, sanctions lists, headlines, and the look-alikes that must stay silent. One
 * synthetic sentence each; real countries, invented firms.
 */
class NewsConstructionsTest {
  private static List<PolicyEvent> events(String text) {
    return EventsFixture.run(text).policyEvents();
  }

  private static PolicyEvent only(String text) {
    return EventsFixture.onlyPolicyEvent(text);
  }

  private static List<String> actors(PolicyEvent p) {
    return EventsFixture.actorNames(p);
  }

  @Test
  void signingOffOnASaleGrantsIt() {
    PolicyEvent p = only("Poland signed off on the sale of thirty armoured trucks to Ukraine by Varno Motors.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Poland"), actors(p));
  }

  @Test
  void rulingOutSendingIsARefusal() {
    PolicyEvent p = only("Germany ruled out sending its tanker aircraft to Ukraine.");
    assertEquals(PolicyKind.REFUSE, p.kind());
    assertEquals(List.of("Germany"), actors(p));
  }

  @Test
  void aRefusalOwnedByItsDeciderIsARefusal() {
    PolicyEvent p = only("Poland's refusal to let Belarusian lorries cross the border angered the hauliers.");
    assertEquals(PolicyKind.REFUSE, p.kind());
    assertEquals(List.of("Poland"), actors(p));
    assertTrue(p.subject().text().contains("lorries"), p.subject().text());
  }

  @Test
  void newCurbsOwnedByACountryAreARestriction() {
    PolicyEvent p = only("Japan's new curbs on exports of drone motors to Portugal took effect on Monday.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals(List.of("Japan"), actors(p));
  }

  @Test
  void decliningToGrantALicenceIsARefusal() {
    PolicyEvent p = only("Finland declined to grant an export licence to Kovala Optics for its night-vision scopes.");
    assertEquals(PolicyKind.REFUSE, p.kind());
    assertEquals("Kovala Optics", p.subject().name());
  }

  @Test
  void aCapitalAfterAConjunctionDecidesForItsCountry() {
    PolicyEvent p = only("Tanker traffic resumed after Berlin lifted its ban on Russian-flagged tankers.");
    assertEquals(PolicyKind.LIFT, p.kind());
    assertEquals("DE", p.actors().get(0).countryCode());
  }

  @Test
  void aStateBodyDecidesForItsCountry() {
    PolicyEvent p = only("Britain's Civil Aviation Authority barred Halvik Air from flying over the Black Sea.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals(List.of("United Kingdom"), actors(p));
  }

  @Test
  void whoMadeARequestIsWhoIsRefused() {
    PolicyEvent p = only("Portugal rejected a request from Jordan to buy its retired patrol boats.");
    assertEquals(PolicyKind.REFUSE, p.kind());
    assertEquals("Jordan", p.subject().name());
  }

  @Test
  void approvingAProductLetsItsMakerSellIt() {
    PolicyEvent p = only("Japan's health ministry approved Lunavex, a migraine tablet developed by Sorrel Pharma.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Japan"), actors(p));
    assertEquals("Sorrel Pharma", p.subject().name());
  }

  @Test
  void takingAFirmOffASanctionsListLiftsSanctionsOnIt() {
    PolicyEvent p = only("The United States removed Brennock Shipping from its sanctions list on Friday.");
    assertEquals(PolicyKind.LIFT, p.kind());
    assertEquals("Brennock Shipping", p.subject().name());
  }

  @Test
  void aParticipleSaysWhomTheSanctionBinds() {
    PolicyEvent p = only("Finland added nine trading firms to its sanctions list, barring Finnish banks from dealing with them.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals("Finnish banks", p.subject().text());
  }

  @Test
  void twoDecisionsInOneSentenceStayTwo() {
    List<PolicyEvent> found =
        events("Poland suspended imports of pork from Germany and halted shipments of live cattle from Ukraine.");
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void aClosedCrossingIsTheAreaAndWhoItIsClosedToTheSubject() {
    PolicyEvent p = only("Poland closed the Terespol crossing to livestock trucks on Monday.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals("livestock trucks", p.subject().text());
    assertTrue(p.area().stream().anyMatch(a -> a.text().contains("crossing")), p.area().toString());
  }

  @Test
  void aHeadlineVerbTaggedAsANounStillDecides() {
    PolicyEvent p = only("Japan okays Corvin Air's Osaka route");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Japan"), actors(p));
  }

  @Test
  void aHyphenatedGroupKeepsItsWholeName() {
    PolicyEvent p = only("Finland banned Russian-registered lorries from entering its territory.");
    assertEquals("Russian-registered lorries", p.subject().text());
  }

  @Test
  void backgroundProspectsCourtsAndBoardsAreNoDecisions() {
    for (String text : List.of(
        "Since Japan restricted exports of fluorine gas in 2019, firms in Busan have built their own plants.",
        "The European Union is set to extend its sanctions on Russian steel next month, diplomats said.",
        "A Lisbon court barred Marel Foods from using the Solmar brand.",
        "The board of Trevik Aerospace gave the green light to a new plant in Ohio.")) {
      assertEquals(List.of(), events(text), text);
    }
  }
}
