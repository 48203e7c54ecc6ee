package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The argument structures the extractor generalises to (passive agents and subjects, state bodies, relative
 * clauses, "clear the way for", "to let", export destinations, crossing verbs), one synthetic sentence each,
 * with real countries as actors and invented bodies and firms.
 */
class ArgumentConstructionsTest {
  private static PolicyEvent only(String text) {
    return EventsFixture.onlyPolicyEvent(text);
  }

  private static List<String> actors(PolicyEvent p) {
    return EventsFixture.actorNames(p);
  }

  private static List<String> areas(PolicyEvent p) {
    return p.area().stream().map(Area::text).toList();
  }

  @Test
  void aPassiveLiftNamesItsAgentAsActor() {
    PolicyEvent p = only("The suspension of Serbian charter flights was lifted on Friday by Croatia's civil aviation authority.");
    assertEquals(PolicyKind.LIFT, p.kind());
    assertEquals(List.of("Croatia"), actors(p));
  }

  @Test
  void aPassiveGrantKeepsItsSubjectAndAgent() {
    PolicyEvent p = only("Moldovan medics have been given permission by Romania to work in hospitals near Iasi.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Romania"), actors(p));
    assertEquals("Moldovan medics", p.subject().text());
  }

  @Test
  void aNationalityQualifiedMinistryStandsForItsCountry() {
    PolicyEvent p = only("Serbian hauliers were barred from entering Hungary by the Hungarian transport ministry.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals(List.of("Hungary"), actors(p));
    assertEquals("Serbian hauliers", p.subject().text());
  }

  @Test
  void anAgentlessPassiveIsTheAnnouncingMinistrysDecision() {
    PolicyEvent p = only("Albanian lorries will be allowed through Greece's northern border crossings, the Greek transport ministry said.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Greece"), actors(p));
    assertEquals("Albanian lorries", p.subject().text());
  }

  @Test
  void anExportDestinationIsTheAreaNotTheSubject() {
    PolicyEvent p = only("Spain's industry ministry banned exports of olive saplings to Tunisia.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals(List.of("Spain"), actors(p));
    assertEquals(null, p.subject());
    assertEquals(List.of("Tunisia"), areas(p));
  }

  @Test
  void clearingTheWayForSomeoneIsAGrantToThem() {
    PolicyEvent p = only("Latvia cleared the way for Lithuanian border guards to patrol its lakes.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals("Lithuanian border guards", p.subject().text());
  }

  @Test
  void aSplitGoAheadIsAPermission() {
    PolicyEvent p = only("Greece gave Ukraine the go-ahead to use its donated radars near the front line.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals("Ukraine", p.subject().name());
  }

  @Test
  void decliningToApproveAFirmsProductIsARefusalForThatFirm() {
    PolicyEvent p = only("The Orlen Valley Medicines Board declined to approve Tavrin Labs' migraine tablet.");
    assertEquals(PolicyKind.REFUSE, p.kind());
    assertEquals(List.of("Orlen Valley Medicines Board"), actors(p));
    assertEquals("Tavrin Labs", p.subject().name());
  }

  @Test
  void aRelativeClausesAntecedentDecides() {
    PolicyEvent p = only("The Orlen Valley Medicines Board, which on Monday approved Tavrin Labs' migraine tablet, praised the data.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Orlen Valley Medicines Board"), actors(p));
  }

  @Test
  void widenedWithToLetNamesWhoIsLet() {
    PolicyEvent p = only("The United States widened a licence on Wednesday to let foreign insurers cover grain shipments.");
    assertEquals(PolicyKind.EXTEND, p.kind());
    assertEquals("foreign insurers", p.subject().text());
  }

  @Test
  void cuttingAQuotaForAGroupRestrictsThem() {
    PolicyEvent p = only("Norway cut the herring quota for Danish trawlers to 8,000 tonnes.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals("Danish trawlers", p.subject().text());
  }

  @Test
  void restrictionsOnFlightsByAGroupHaveThatGroupAsSubject() {
    PolicyEvent p = only("Georgia removed restrictions on night flights by foreign airlines over its mountain regions.");
    assertEquals(PolicyKind.LIFT, p.kind());
    assertEquals("foreign airlines", p.subject().text());
    assertTrue(areas(p).stream().anyMatch(a -> a.contains("its mountain regions")), areas(p).toString());
  }

  @Test
  void theObjectOfACrossingVerbIsAnArea() {
    PolicyEvent p = only("Denmark will permit Swedish ferry operators to cross its waters at night.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("its waters"), areas(p));
  }

  @Test
  void aQuotedWeIsTheSpeakingStateBody() {
    PolicyEvent p = only("\"We have decided to allow Ukraine to train pilots here,\" the Czech defence minister said.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals(List.of("Czechia"), actors(p).stream().map(a -> a.equals("Czech Republic") ? "Czechia" : a).toList());
    assertNotNull(p.subject());
  }

  @Test
  void agreedToLetIsADecision() {
    PolicyEvent p = only("The Baltic states agreed to let Polish pilots train over their territory.");
    assertEquals(PolicyKind.GRANT, p.kind());
    assertEquals("Polish pilots", p.subject().text());
  }

  @Test
  void turningDownARequestIsARefusal() {
    PolicyEvent p = only("Slovenia turned down Serbia's request to route gas through its territory.");
    assertEquals(PolicyKind.REFUSE, p.kind());
    assertEquals(List.of("Slovenia"), actors(p));
  }

  @Test
  void reopeningABorderCrossingIsALift() {
    PolicyEvent p = only("Estonia reopened the Narva border crossing to freight lorries on Monday.");
    assertEquals(PolicyKind.LIFT, p.kind());
    assertEquals(List.of("Estonia"), actors(p));
  }

  @Test
  void haltingDeliveriesIsARestriction() {
    PolicyEvent p = only("Slovakia halted deliveries of diesel to Ukraine.");
    assertEquals(PolicyKind.RESTRICT, p.kind());
    assertEquals(List.of("Slovakia"), actors(p));
  }
}
