package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Line rules on credits, bylines and TL;DR labels; names are invented. */
class BodyRulesTest {
  @Test
  void creditLinesLoseTheirLabels() {
    assertEquals(Optional.of("Ministry of Harbours of Atlantis"), BodyRules.creditLine("Image Credit: Ministry of Harbours of Atlantis"));
    assertEquals(Optional.of("Ivo Marsh"), BodyRules.creditLine("Photo: Ivo Marsh."));
    assertEquals(Optional.of("Ivo Marsh / Delta Wire"), BodyRules.creditLine("Photograph: Ivo Marsh / Delta Wire"));
    assertEquals(Optional.of("Hedda Solberg"), BodyRules.creditLine("Photo by Hedda Solberg"));
    assertTrue(BodyRules.creditLine("Photos of the quay were shown at the meeting on Monday evening.").isEmpty());
  }

  @Test
  void creditsInsideCaptions() {
    assertEquals(Optional.of("Ivo Marsh"), BodyRules.creditInCaption("A ferry waits at dawn. Photo: Ivo Marsh"));
    assertEquals(Optional.of("Pell Arvidsen"), BodyRules.creditInCaption("Cranes at work. Photo by Pell Arvidsen"));
    assertTrue(BodyRules.creditInCaption("FILE PHOTO: Dockers unload grain at the quay in Odesa on Monday").isEmpty());
    assertEquals("Doug Vale/Delta Wire", BodyRules.cleanCredit("Credit...Doug Vale/Delta Wire"));
    assertEquals("Delta Wire", BodyRules.cleanCredit("Image: \u00a9 Delta Wire)"));
    assertNull(BodyRules.cleanCredit("Dockers unload grain at the quay in the early morning"));
  }

  @Test
  void bylinesLoseWhatPagesPrintBesideThem() {
    assertEquals("Orla Brennick", BodyRules.cleanByline("By Orla Brennick | May 31, 2024 12:26 PM Print this article"));
    assertEquals("Tomas Velk", BodyRules.cleanByline("Tomas Velk @tvelk May 31 \u2022 2 min read"));
    assertEquals("Hedda Solberg", BodyRules.cleanByline("BY Hedda Solberg Published 11:34 PM May 31"));
    assertEquals(Optional.of("Hedda Solberg and Ivo Marsh"), BodyRules.bylineLine("By Hedda Solberg and Ivo Marsh"));
    assertTrue(BodyRules.bylineLine("By the end of the week the quay was open again.").isEmpty());
  }

  @Test
  void tldrLabels() {
    assertEquals(7, BodyRules.tldrLabelLength("TL;DR: The quay reopened."));
    assertEquals(5, BodyRules.tldrLabelLength("TLDR The quay reopened."));
    assertEquals(10, BodyRules.tldrLabelLength("In short: the quay reopened."));
    assertEquals(-1, BodyRules.tldrLabelLength("Summary of events follows below."));
    assertEquals(-1, BodyRules.tldrLabelLength("TL;DR:"));
  }
}
