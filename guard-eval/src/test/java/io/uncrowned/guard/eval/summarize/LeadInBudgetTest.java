package io.uncrowned.guard.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lead held to a word budget, on synthetic sentences. */
class LeadInBudgetTest {
  private static final String SOURCE = "The synthetic Harbour Union called a strike on Tuesday . Ferries will not sail"
      + " . Talks resume on Friday at the port office . Hauliers fear queues .";

  @Test
  void takesLeadingSentencesWhileTheyFit() {
    assertEquals("The synthetic Harbour Union called a strike on Tuesday . Ferries will not sail .",
        new LeadInBudget(14).of(SOURCE));
  }

  @Test
  void takesAtMostThreeSentences() {
    assertEquals("The synthetic Harbour Union called a strike on Tuesday . Ferries will not sail . Talks resume on"
        + " Friday at the port office .", new LeadInBudget(100).of(SOURCE));
  }

  @Test
  void keepsAnOverlongFirstSentenceAlone() {
    assertEquals("The synthetic Harbour Union called a strike on Tuesday .", new LeadInBudget(3).of(SOURCE));
  }
}
