package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return new SentenceSplitter().split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void keepsAbbreviationsAndInitialsInsideTheSentence() {
    assertEquals(
        List.of("Mr. Alves met Dr. J. Okafor in the U.S. capital on Monday.", "They spoke for an hour."),
        split("Mr. Alves met Dr. J. Okafor in the U.S. capital on Monday. They spoke for an hour."));
  }

  @Test
  void aBlankLineAlwaysEndsASentence() {
    assertEquals(List.of("Who is affected", "Farmers are exempt."), split("Who is affected\n\nFarmers are exempt."));
  }

  @Test
  void spansAreTrimmedAndPointIntoTheText() {
    String text = "  First one here.   Second one here.  ";
    List<Span> spans = new SentenceSplitter().split(text);
    assertEquals(List.of(new Span(2, 17), new Span(20, 36)), spans);
  }

  @Test
  void splitsTokenisedNewsText() {
    assertEquals(
        List.of("The match ended 0-0 on Sunday .", "'It was a fair result , ' he said ."),
        split("The match ended 0-0 on Sunday . 'It was a fair result , ' he said ."));
  }

  @Test
  void cutsAnEnginesSentenceAtParagraphBreaks() {
    String text = "Strategic Authorization\n\nRecent reports say so.";
    assertEquals(
        List.of(new Span(0, 23), new Span(25, 47)), SentenceSplitter.cutAtParagraphs(text, new Span(0, 47)));
  }

  @Test
  void endsASentenceAtAClosingQuoteWrittenAsTwoMarks() {
    assertEquals(
        List.of("`` We will not move , '' said Tomas Reyl of the synthetic Harbour Union .",
            "`` The quay stays shut . ''", "Talks resume on Friday ."),
        split("`` We will not move , '' said Tomas Reyl of the synthetic Harbour Union . `` The quay stays shut . ''"
            + " Talks resume on Friday ."));
  }

  @Test
  void endsASentenceBeforeAnOpeningQuoteOrBracket() {
    assertEquals(
        List.of("The synthetic ferry line cut its timetable .", "\"Demand fell,\" a spokesman said.",
            "( Northline ) -- Crews left the port at dawn ."),
        split("The synthetic ferry line cut its timetable . \"Demand fell,\" a spokesman said. ( Northline ) -- Crews"
            + " left the port at dawn ."));
  }

  @Test
  void aClosingQuoteAfterAnAbbreviationDoesNotEndTheSentence() {
    assertEquals(
        List.of("Ana Brisk of the synthetic Delta Co. said the plant would reopen in May."),
        split("Ana Brisk of the synthetic Delta Co. said the plant would reopen in May."));
  }
}
