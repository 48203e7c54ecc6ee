package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds, negation, refusal, lifts, extensions, several actors and attribution, on synthetic sentences (real
 * countries as actors, invented spokespeople).
 */
class PolicyKindsTest {
  private static PolicyEvent only(String text) {
    List<PolicyEvent> found = EventsFixture.run(text).policyEvents();
    assertEquals(1, found.size(), text + " → " + found);
    return found.get(0);
  }

  @Test
  void authorisationIsAGrantWithSubjectActionAndArea() {
    PolicyEvent p = only("Poland has authorised Ukraine to strike military depots inside Russia.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Poland"), p.actors().stream().map(Party::name).toList());
    assertEquals("Ukraine", p.subject().name());
    assertEquals("strike military depots", p.action());
    assertEquals("military depots", p.targets());
    assertEquals(List.of("inside Russia"), p.area().stream().map(Area::text).toList());
    assertFalse(p.negated());
    assertEquals(java.time.LocalDate.of(2024, 5, 30), p.date(), "dated by the article");
  }

  @Test
  void willNotPermitIsARestriction() {
    PolicyEvent p = only("Germany will not permit Ukraine to use its tanks against targets in Russia.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertTrue(p.negated());
    assertEquals("will", p.modality());
    assertEquals("Ukraine", p.subject().name());
    assertEquals(List.of("tanks"), p.instruments());
  }

  @Test
  void refusedToAuthoriseIsARefusal() {
    PolicyEvent p = only("Finland refused to authorise the export of patrol boats to Jordan.");
    assertEquals(PolicyKind.REFUSE, p.kind());
    assertEquals("authorise", p.trigger());
    // the sets' convention: an export's destination scopes the decision (area); it is not who is allowed
    assertEquals(null, p.subject());
    assertEquals(List.of("Jordan"), p.area().stream().map(Area::text).toList());
    assertEquals(List.of("patrol boats"), p.instruments());
  }

  @Test
  void liftingABanIsALiftAndAReversal() {
    PolicyEvent p = only("Portugal lifted its ban on the sale of armoured vehicles to Jordan.");
    assertEquals(PolicyKind.LIFT, p.kind());
    // a sale goes to a destination, as an export does: Jordan scopes the decision, sellers are not named
    assertEquals(List.of("Jordan"), p.area().stream().map(Area::text).toList());
    assertTrue(p.reversal().reversed());
    assertNotNull(p.reversal().cue());
  }

  @Test
  void extendingABanIsAnExtension() {
    PolicyEvent p = only("Finland extended its ban on Russian tourists entering the country until June.");
    assertEquals(PolicyKind.EXTEND, p.kind());
    assertEquals(List.of("Finland"), p.actors().stream().map(Party::name).toList());
  }

  @Test
  void alliesActingTogetherAreSeveralActors() {
    PolicyEvent p = only("The United Kingdom and Poland have allowed Ukraine to use donated drones near the border.");
    assertEquals(List.of("United Kingdom", "Poland"), p.actors().stream().map(Party::name).toList());
    assertEquals(List.of("location:united-kingdom", "location:poland"), p.actorKeys());
  }

  @Test
  void attributionKeepsWhoSaidIt() {
    PolicyEvent p = only("Germany has allowed Ukraine to use its howitzers near Kharkiv, a government spokeswoman said.");
    assertEquals("a government spokeswoman", p.attributedTo());
    p = only("Poland banned the sale of hunting rifles to Finland, according to the fictional Baltic Ledger.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertTrue(p.attributedTo().contains("Baltic Ledger"), p.attributedTo());
  }

  @Test
  void limitsAndPurposeAreKept() {
    PolicyEvent p = only("Portugal authorised Ukraine to use the rockets solely for counter-battery fire, strictly"
        + " limited to the border area.");
    assertTrue(p.limits().contains("solely") && p.limits().contains("strictly limited"), p.limits().toString());
    assertTrue(p.purpose().contains("counter-battery fire"), p.purpose());
  }

  @Test
  void wishesAndHypotheticalsAreNotDecisions() {
    for (String text : List.of(
        "Lawmakers urged Germany to allow Ukraine to use its missiles inside Russia.",
        "Poland could allow Ukraine to strike targets in Russia next year.",
        "Will Finland permit the export of drones to Ukraine?")) {
      assertEquals(List.of(), EventsFixture.run(text).policyEvents(), text);
    }
  }
}
