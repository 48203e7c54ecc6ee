package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Look-alikes the generalised readings must keep empty: counterfactuals, hearsay, court rulings, sport, firms'
 * own decisions, and a day name taken for a party. Synthetic sentences with invented people and firms.
 */
class NotDecidedTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Had Lisbon authorised the sale a year earlier, the shipyard would still be open.",
      "The ministry refused to comment on reports that Denmark had authorised strikes inside Russia.",
      "A judge in Leeds allowed an appeal by a tenant in a dispute with her landlord.",
      "Portugal restricts Spain to three shots in a goalless qualifier.",
      "The referee allowed the goal after a long video review.",
      "The goalkeeper was barred from the final after a red card.",
      "The new app lets farmers export their harvest data to spreadsheets.",
      "Velmora Rail cut the fare for students travelling to Poland.",
      "Analysts at the Orvenne Policy Centre said Lithuania should allow Ukrainian pilots to train in its airspace.",
  })
  void noPolicyEvent(String text) {
    List<PolicyEvent> found = EventsFixture.run(text).policyEvents();
    assertEquals(List.of(), found, text);
  }
}
