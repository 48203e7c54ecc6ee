package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences a brief may quote, on synthetic pages with front matter and page furniture. */
class CandidatesTest {
  private final Candidates candidates = new Candidates(new SentenceSplitter());

  private List<String> quotable(String... paragraphs) {
    Article a = SyntheticArticles.article("", List.of(paragraphs));
    return candidates.of(a, null).stream().map(s -> s.of(a.text())).toList();
  }

  @Test
  void frontMatterBeforeTheDatelineIsNoCandidate() {
    assertEquals(
        List.of("The synthetic Harbour Union called a strike at the port of Leixões on Tuesday .",
            "Ferries to the islands will not sail until the dispute is settled , the union said ."),
        quotable("A worker paints a bollard on the quay at the synthetic port of Leixões . Fewer ferries sailed than"
            + " expected this week . Editor 's note : Tomas Reyl is a contributor to the synthetic Northline Dispatch ."
            + " ( Northline ) -- The synthetic Harbour Union called a strike at the port of Leixões on Tuesday ."
            + " Ferries to the islands will not sail until the dispute is settled , the union said ."));
  }

  @Test
  void aCaptionBeforeItsCreditIsNoCandidate() {
    assertEquals(
        List.of("Ines Carvo , 23 , swam the length of the synthetic Douro canal on Sunday ."),
        quotable("Ines Carvo trains at the synthetic river club in Porto . ( Instagram ) Ines Carvo , 23 , swam the"
            + " length of the synthetic Douro canal on Sunday ."));
  }

  @Test
  void aLaterDatelineLikeMarkIsNotFrontMatter() {
    List<String> all = quotable("The synthetic Harbour Union called a strike at the port on Tuesday morning .",
        "Its leader spoke to reporters outside the gates for an hour .",
        "Ferries to the islands will not sail until the dispute is settled .",
        "The port authority said talks would resume on Friday afternoon .",
        "Hauliers warned of queues on the coast road into the city .",
        "Shops on the islands said fresh food would run short within days .",
        "( Northline ) -- Crews left the synthetic port at dawn on the same day .");
    assertEquals("The synthetic Harbour Union called a strike at the port on Tuesday morning .", all.get(0));
    assertEquals(7, all.size());
  }

  @Test
  void aTimeStampedBylinedSentenceIsQuotedFromItsProse() {
    assertEquals(
        List.of("The synthetic Tidewater Board voted on Monday to close the canal for the winter ."),
        quotable("Updated Jul 7 , 2025 6:40 PM ET By Marta Quelhas , NORTHLINE DISPATCH The synthetic Tidewater Board"
            + " voted on Monday to close the canal for the winter ."));
  }

  @Test
  void pageFurnitureIsNoCandidate() {
    assertEquals(
        List.of("The synthetic Tidewater Board voted on Monday to close the canal for the winter ."),
        quotable("The synthetic Tidewater Board voted on Monday to close the canal for the winter .",
            "The Northline Wire contributed to this report .",
            "Follow Marta Quelhas on Twitter for more news about the canal ."));
  }
}
