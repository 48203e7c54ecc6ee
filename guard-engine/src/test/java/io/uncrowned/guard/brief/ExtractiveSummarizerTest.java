package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.entities.EntityId;
import io.uncrowned.guard.understand.entities.EntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  private static final Article RATIONING =
      SyntheticArticles.article("Porto water board rations supply at night", SyntheticArticles.RATIONING);
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer(TestEmbedder.get(), BriefSettings.DEFAULT);

  private static List<BriefSentence> all(Brief b) {
    return Stream.concat(b.tldr().stream(), b.keyPoints().stream()).toList();
  }

  @Test
  void everySentencePointsAtItsTextInTheArticle() {
    Brief b = summarizer.summarize(RATIONING, null, List.of());
    assertFalse(b.tldr().isEmpty());
    for (BriefSentence s : all(b)) {
      assertEquals(s.text(), s.span().of(RATIONING.text()));
    }
  }

  @Test
  void tldrKeepsToTheWordBudgetAndToThreeSentences() {
    for (int budget : new int[] {25, 40, 60}) {
      Brief b = new ExtractiveSummarizer(TestEmbedder.get(), BriefSettings.DEFAULT.withWordBudget(budget))
          .summarize(RATIONING, null, List.of());
      assertTrue(b.tldrWords() <= budget, budget + ": " + b.tldrText());
      assertTrue(b.tldr().size() >= 1 && b.tldr().size() <= 3);
    }
  }

  @Test
  void aSentenceLongerThanTheBudgetIsStillATldrWhenNothingFits() {
    Brief b = new ExtractiveSummarizer(TestEmbedder.get(), BriefSettings.DEFAULT.withWordBudget(3))
        .summarize(RATIONING, null, List.of());
    assertEquals(1, b.tldr().size());
  }

  @Test
  void nearIdenticalSentencesAreNeverBothChosen() {
    String twin = "The Douro Valley Water Board approved night-time rationing";
    Brief b = summarizer.summarize(RATIONING, null, List.of());
    long inTldr = b.tldr().stream().filter(s -> s.text().startsWith(twin)).count();
    long inBrief = all(b).stream().filter(s -> s.text().startsWith(twin)).count();
    assertAll(() -> assertEquals(1, inTldr, b.tldrText()), () -> assertEquals(1, inBrief));
  }

  @Test
  void keepsTheAuthorsTldrApartAndNeverQuotesIt() {
    Brief b = summarizer.summarize(RATIONING, null, List.of());
    assertEquals(RATIONING.authorTldr(), b.authorTldr());
    assertTrue(b.authorTldrText().startsWith("The synthetic water board will cut supply"));
    assertTrue(all(b).stream().noneMatch(s -> s.text().contains("synthetic water board")));
  }

  @Test
  void skipsBylinesHeadingsAndImageCredits() {
    Brief b = new ExtractiveSummarizer(
            TestEmbedder.get(), new BriefSettings(1, 2, 3, 1, 0, 0.6, 0.85, 60, 3, 3, 20))
        .summarize(RATIONING, null, List.of());
    for (BriefSentence s : all(b)) {
      assertFalse(s.text().startsWith("By Marta"), s.text());
      assertFalse(s.text().contains("Who is affected"), s.text());
      assertFalse(s.text().contains("Image credit"), s.text());
    }
  }

  @Test
  void keyPointsAreThreeToFiveAndDistinctFromTheTldr() {
    Brief b = summarizer.summarize(RATIONING, null, List.of());
    assertTrue(b.keyPoints().size() >= 3 && b.keyPoints().size() <= 5, "" + b.keyPoints().size());
    for (BriefSentence k : b.keyPoints()) {
      assertTrue(b.tldr().stream().noneMatch(t -> t.span().equals(k.span())));
    }
    List<Span> order = b.keyPoints().stream().map(BriefSentence::span).toList();
    List<Span> sorted = new ArrayList<>(order);
    sorted.sort(null);
    assertEquals(sorted, order, "key points in article order");
  }

  @Test
  void entityMentionsPullSentencesNamingTheMainEntityForward() {
    String text = RATIONING.text();
    String name = "Inês Ramalho";
    int at = text.indexOf(name);
    EntityId chair = new EntityId("person:ines-ramalho");
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < 6; i++) { // as if she were the article's most named entity
      mentions.add(new EntityMention(new Span(at, at + name.length()), name, chair));
    }
    Brief with = new ExtractiveSummarizer(TestEmbedder.get(), new BriefSettings(1, 2, 3, 4, 0, 0.6, 0.85, 60, 3, 3, 5))
        .summarize(RATIONING, null, mentions);
    assertTrue(with.tldrText().contains(name), with.tldrText());
  }

  @Test
  void isDeterministic() {
    assertEquals(summarizer.summarize(RATIONING, null, List.of()), summarizer.summarize(RATIONING, null, List.of()));
  }

  @Test
  void anArticleWithoutProseGivesAnEmptyBrief() {
    Article bare = SyntheticArticles.article("Label", List.of("Photo: Synthetic Desk", "## Heading only"));
    Brief b = summarizer.summarize(bare, null, List.of());
    assertTrue(b.tldr().isEmpty() && b.keyPoints().isEmpty());
  }
}
