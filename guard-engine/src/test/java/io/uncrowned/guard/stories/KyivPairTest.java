package io.uncrowned.guard.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two reports of one strike whose headlines share no word still make one story, from the embedding of title
 * and lead (cosine about 0.55 here, against 0.10 for an unrelated story) and the names their leads share; a
 * headline-only lexical match would miss them. All texts are synthetic.
 */
class KyivPairTest {
  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = MiniLmEmbedder.load(1);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static final Article CAPITAL = Fixtures.article("https://synthetic-wire.example/a1", "Synthetic Wire",
      "Russia hits Ukrainian capital",
      "Synthetic. Russian missiles and drones struck Kyiv overnight, damaging apartment blocks and a power station"
          + " in the Ukrainian capital, the city administration said on Tuesday.",
      "2024-03-05T06:00:00Z");
  private static final Article NINE = Fixtures.article("https://example-herald.example/b2", "Example Herald",
      "Nine killed in strikes on Kyiv",
      "Synthetic. Nine people were killed and dozens wounded when a wave of Russian missiles hit Kyiv before dawn,"
          + " emergency services reported.",
      "2024-03-05T09:30:00Z");
  private static final Article PORTO = Fixtures.article("https://northline.example/c3", "Northline Dispatch",
      "Porto extends congestion charge to the riverside",
      "Synthetic. Porto's council voted to extend the congestion charge to the riverside districts from May,"
          + " the mayor's office said.",
      "2024-03-05T10:00:00Z");

  @Test
  void headlinesShareNoWord() {
    Set<String> a = words(CAPITAL.title());
    a.retainAll(words(NINE.title()));
    assertTrue(a.isEmpty(), "the pair is only hard when the headlines share no word: " + a);
  }

  @Test
  void theTwoReportsOfTheStrikeMakeOneStoryAndPortoAnother() {
    SignalReader reader = new SignalReader(embedder);
    OnlineClusterer clusterer = new OnlineClusterer(StoryWeights.DEFAULT);
    Instant now = Instant.parse("2024-03-05T12:00:00Z");
    Placement capital = clusterer.place(reader.read(CAPITAL,
        Fixtures.naming(CAPITAL.text(), "Kyiv", "Russia", "Ukraine"), now));
    Placement nine = clusterer.place(reader.read(NINE, Fixtures.naming(NINE.text(), "Kyiv", "Russia"), now));
    Placement porto = clusterer.place(reader.read(PORTO, Fixtures.naming(PORTO.text(), "Porto"), now));
    assertEquals(capital.story(), nine.story(), "score " + nine.score());
    assertNotEquals(capital.story(), porto.story());
  }

  @Test
  void theEmbeddingAloneRanksTheStrikeAboveTheCongestionCharge() {
    SignalReader reader = new SignalReader(embedder);
    Instant now = Instant.parse("2024-03-05T12:00:00Z");
    ArticleSignals capital = reader.read(CAPITAL, null, now);
    double strike = capital.cosine(reader.read(NINE, null, now).vector());
    double charge = capital.cosine(reader.read(PORTO, null, now).vector());
    assertTrue(strike > charge + 0.2, "strike " + strike + " vs charge " + charge);
  }

  private static Set<String> words(String s) {
    return new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("\\W+")));
  }
}
