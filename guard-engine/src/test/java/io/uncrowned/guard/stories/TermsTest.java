package io.uncrowned.guard.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.store.ArticleJson;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words the lexical signal reads, and that they survive the store's JSON. All texts are synthetic. */
class TermsTest {
  private static final Article RAID = Fixtures.article("https://synthetic-wire.example/r1", "Synthetic Wire",
      "Navy seizes 26 pirates",
      "Synthetic. The frigate Velmora seized 26 pirates in the Gulf of Aden, a navy spokesman said.",
      "2024-03-05T06:00:00Z");

  @Test
  void numbersAndShortWordsAreKeptAndHeadlineWordsCountTwice() {
    Map<String, Integer> terms = Terms.of(RAID);
    assertEquals(3, terms.get("26"), "twice in the headline, once in the text");
    assertEquals(3, terms.get("pirates"));
    assertEquals(1, terms.get("velmora"));
    assertTrue(terms.containsKey("of"), "short words stay; their IDF makes them weigh nothing");
    assertFalse(terms.containsKey(""));
  }

  @Test
  void aVeryLongTextKeepsItsMostFrequentWordsOnly() {
    StringBuilder text = new StringBuilder("Synthetic.");
    for (int i = 0; i < Terms.KEEP + 50; i++) {
      text.append(" word").append(i);
    }
    text.append(" harbour harbour harbour");
    Article longOne = Fixtures.article("https://synthetic-wire.example/r2", "Synthetic Wire", "Harbour", text.toString(),
        null);
    Map<String, Integer> terms = Terms.of(longOne);
    assertEquals(Terms.KEEP, terms.size());
    assertEquals(5, terms.get("harbour"));
  }

  @Test
  void signalsStoredBeforeTheLexicalSignalReadWithNoWords() {
    ArticleJson json = new ArticleJson();
    String old = "{\"article\":\"0000000000000001\",\"source\":\"Synthetic Wire\",\"when\":\"2024-03-05T06:00:00Z\","
        + "\"vector\":[1.0],\"entities\":{},\"places\":[],\"events\":[],\"keywords\":[\"pirates\"]}";
    ArticleSignals read = json.read(old, ArticleSignals.class);
    assertTrue(read.terms().isEmpty());
    ArticleSignals withWords = new ArticleSignals(new ArticleId("0000000000000002"), "Synthetic Wire",
        Instant.parse("2024-03-05T06:00:00Z"), new float[] {1f}, Map.of(), Set.of(), Set.of(), Set.of(),
        Map.of("pirates", 2));
    assertEquals(withWords.terms(), json.read(json.write(withWords), ArticleSignals.class).terms());
  }
}
