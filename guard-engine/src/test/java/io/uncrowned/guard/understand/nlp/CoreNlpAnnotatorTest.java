package io.uncrowned.guard.understand.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Contract tests of the CoreNLP annotator on synthetic texts (invented people and organisations). */
class CoreNlpAnnotatorTest {
  private static final Lang EN = Lang.of("en");

  /** Synthetic. */
  static final String FERRY =
      "Marta Kowalczyk, the chief executive of Baltic Ferry Lines, said on Monday that the company would open"
          + " a route from Gdansk to Helsinki. Kowalczyk told reporters in Warsaw that the Harbour Safety Board"
          + " had approved the plan.\n\nPolish and Finnish unions welcomed the decision.";

  /** Synthetic. */
  static final String VINEYARD =
      "Tomas Brenner grew up near Porto. In 2019 he founded Douro Cellar Cooperative with three neighbours,"
          + " and last year the cooperative shipped wine to Canada and Japan.\n\nBrenner says the Portuguese"
          + " market is still the hardest.";

  private final CoreNlpAnnotator annotator = SharedAnnotator.get();

  @Test
  void findsPeopleOrganisationsPlacesAndNationalities() {
    AnnotatedText a = annotator.annotate(FERRY, EN);
    assertHas(a, NerType.PERSON, "Marta Kowalczyk");
    assertHas(a, NerType.ORGANIZATION, "Baltic Ferry Lines");
    assertHas(a, NerType.LOCATION, "Gdansk");
    assertHas(a, NerType.LOCATION, "Helsinki");
    assertHas(a, NerType.LOCATION, "Warsaw");
    assertHas(a, NerType.NATIONALITY, "Polish");
    assertHas(a, NerType.NATIONALITY, "Finnish");
  }

  @Test
  void spansAreInBoundsAndMatchTheText() {
    for (String text : List.of(FERRY, VINEYARD)) {
      assertConsistent(text, annotator.annotate(text, EN));
    }
  }

  @Test
  void splitsSentences() {
    AnnotatedText a = annotator.annotate(FERRY, EN);
    assertEquals(3, a.sentences().size());
    assertTrue(a.sentences().get(2).span().of(FERRY).startsWith("Polish and Finnish"));
    Token said = a.sentences().get(0).tokens().stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
    assertEquals("say", said.lemma());
    assertEquals("VBD", said.pos());
  }

  @Test
  void aHeadingIsASentenceOfItsOwn() {
    String text = "Harbour Plans\n\nThe synthetic council met on Monday.";
    AnnotatedText a = annotator.annotate(text, EN);
    assertEquals(2, a.sentences().size());
    assertEquals("Harbour Plans", a.sentences().get(0).span().of(text));
  }

  @Test
  void isDeterministic() {
    assertEquals(annotator.annotate(VINEYARD, EN), annotator.annotate(VINEYARD, EN));
  }

  @Test
  void isThreadSafe() throws InterruptedException, ExecutionException {
    List<String> texts = List.of(FERRY, VINEYARD, FERRY + "\n\n" + VINEYARD);
    List<AnnotatedText> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(annotator.annotate(t, EN));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "annotator-test"));
    try {
      List<Future<AnnotatedText>> futures = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String text = texts.get(i % texts.size());
        futures.add(pool.submit(() -> annotator.annotate(text, EN)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void annotatesAVeryLongTextInPieces() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 500_000; i++) {
      b.append(i % 2 == 0 ? FERRY : VINEYARD).append(" Item ").append(i).append(".\n\n");
    }
    String text = b.toString();
    AnnotatedText a = annotator.annotate(text, EN);
    assertConsistent(text, a);
    assertTrue(a.sentences().size() > 1_000);
    Span last = a.mentions().get(a.mentions().size() - 1).span();
    assertTrue(last.start() > 490_000, "mentions reach the end of the text: " + last);
  }

  @Test
  void keepsSpansRightOnAwkwardCharacters() {
    String text =
        "Synthetic: Zoë Kowalczyk 😀 met “Anna Øberg” (of Łódź) at 5 p.m.\u200b\u0000 in Málaga… "
            + "x".repeat(25_000)
            + "\r\n\r\nThe U.S. said no. Tabs\tand\u00a0spaces.";
    assertConsistent(text, annotator.annotate(text, EN));
  }

  @Test
  void refusesOtherLanguages() {
    Lang de = Lang.of("de");
    assertFalse(annotator.supports(de));
    assertTrue(annotator.supports(EN));
    UnsupportedLanguageException e =
        assertThrows(UnsupportedLanguageException.class, () -> annotator.annotate("Der Hafen bleibt zu.", de));
    assertEquals("not analysed: language de", e.getMessage());
    assertEquals(de, e.language());
  }

  @Test
  void emptyTextHasNothing() {
    AnnotatedText a = annotator.annotate("", EN);
    assertTrue(a.sentences().isEmpty() && a.mentions().isEmpty());
  }

  private static void assertHas(AnnotatedText a, NerType type, String text) {
    assertTrue(
        a.mentions().stream().anyMatch(m -> m.type() == type && m.text().equals(text)),
        () -> "no " + type + " '" + text + "' in " + a.mentions());
  }

  /** The contract every annotation must keep, whatever the text. */
  static void assertConsistent(String text, AnnotatedText a) {
    int previousEnd = 0;
    for (Sentence s : a.sentences()) {
      assertTrue(s.span().fits(text) && s.span().start() >= previousEnd, "sentence " + s.span());
      previousEnd = s.span().end();
      for (Token t : s.tokens()) {
        assertTrue(s.span().contains(t.span()), "token outside its sentence: " + t);
        assertEquals(t.span().of(text), t.word());
      }
    }
    for (NerMention m : a.mentions()) {
      assertTrue(m.span().fits(text), "mention out of bounds: " + m);
      assertEquals(m.span().of(text), m.text());
      assertTrue(a.sentences().get(m.sentence()).span().contains(m.span()), "mention outside its sentence: " + m);
    }
  }
}
