package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Not every "allowed" is a policy: sport, software and everyday permissions yield no policy event. */
class LookAlikesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "The goalkeeper allowed three goals in the first half.",
      "The app allows users to export their notes as PDF files.",
      "The referee permitted play to continue despite the rain.",
      "The landlord does not allow pets in the building.",
      "The update lets administrators restrict access to shared folders.",
      "Her coach banned sweets from the team bus before the final.",
  })
  void yieldsNoPolicyEvent(String text) {
    ArticleEvents found = EventsFixture.run(text);
    assertEquals(0, found.policyEvents().size(), found.policyEvents().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"The goalkeeper allowed three goals in the first half."})
  void isStillParsedAsAnEvent(String text) {
    assertFalse(EventsFixture.run(text).events().isEmpty(), "the verb is an event, just not a policy");
  }
}
