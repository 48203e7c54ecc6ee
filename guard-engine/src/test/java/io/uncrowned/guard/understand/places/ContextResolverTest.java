package io.uncrowned.guard.understand.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Resolution on synthetic texts (invented people and organisations, real places) over a small gazetteer. */
class ContextResolverTest {
  private final ContextResolver resolver = new ContextResolver(InMemoryGazetteer.sample());

  /** Marks each [bracketed] name as a toponym and resolves the text without the brackets. */
  private List<PlaceMention> resolve(String marked) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    Matcher m = Pattern.compile("\\[([^\\]]+)\\]").matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      spans.add(new Span(text.length(), text.length() + m.group(1).length()));
      text.append(m.group(1));
      last = m.end();
    }
    text.append(marked.substring(last));
    String plain = text.toString();
    return resolver.resolve(plain, spans.stream().map(s -> Toponym.of(plain, s)).toList());
  }

  private static List<Long> ids(List<PlaceMention> mentions) {
    return mentions.stream().map(m -> m.place().geonameId()).toList();
  }

  @Test
  void aStateNamedAfterTheTownPicksTheTown() {
    assertEquals(List.of(4250542L, 4896861L), ids(resolve("Synthetic: Mayor Ada Quill of [Springfield], [Illinois] spoke.")));
    assertEquals(List.of(4717560L, 4736286L), ids(resolve("Synthetic: the fair in [Paris], [Texas] opened.")));
  }

  @Test
  void withoutContextTheBiggestPlaceWins() {
    assertEquals(List.of(2988507L), ids(resolve("Synthetic: the Velmor Trust met in [Paris] on Monday.")));
    assertEquals(List.of(361058L), ids(resolve("Synthetic: a ship reached [Alexandria].")));
  }

  @Test
  void theArticlesOtherPlacesPullTowardsTheirRegion() {
    List<PlaceMention> m = resolve("Synthetic: a fire in [Pineville] spread; crews from [Alexandria] helped. "
        + "[Louisiana] police said the [Alexandria] station stayed open.");
    assertEquals(List.of(4328010L, 4314550L, 4331987L, 4314550L), ids(m));
  }

  @Test
  void oneSensePerArticle() {
    List<PlaceMention> m = resolve("Synthetic: [Springfield] voted. Later [Springfield], [Missouri] counted again.");
    assertEquals(List.of(4409896L, 4409896L, 4398678L), ids(m));
  }

  @Test
  void levelWordsChooseBetweenCityAndRegion() {
    List<PlaceMention> m = resolve("Synthetic: strikes near the [Kharkiv] region were allowed, said the Orlen Group.");
    assertEquals(List.of(706482L), ids(m));
    m = resolve("Synthetic: shelling hit [Kharkiv], [Ukraine]'s second-largest city.");
    assertEquals(List.of(706483L, 690791L), ids(m));
    m = resolve("Synthetic: the city of [Kharkiv] and [Russia].");
    assertEquals(List.of(706483L, 2017370L), ids(m));
  }

  @Test
  void demonymsStandForTheirCountry() {
    assertEquals(List.of(2017370L, 3017382L), ids(resolve("Synthetic: [Russian] and [French] envoys met.")));
  }

  @Test
  void unknownNamesAreLeftOut() {
    assertEquals(List.of(3017382L), ids(resolve("Synthetic: from [Jhadghaoidhg] to [France].")));
  }

  @Test
  void mentionsKeepTheirSpansAndConfidenceIsAProbability() {
    String text = "Synthetic: [Springfield] and [Paris].";
    for (PlaceMention m : resolve(text)) {
      assertTrue(m.confidence() > 0 && m.confidence() <= 1, "confidence " + m.confidence());
      assertEquals(m.text(), m.span().of(text.replace("[", "").replace("]", "")) , "span");
    }
  }

  @Test
  void deterministicAndSafeUnderConcurrentUse() throws Exception {
    String text = "Synthetic: [Springfield], [Illinois] and [Paris], [Texas] and [Alexandria].";
    List<Long> expected = ids(resolve(text));
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "resolver-test"));
    try {
      List<Future<List<Long>>> runs = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        runs.add(pool.submit(() -> ids(resolve(text))));
      }
      for (Future<List<Long>> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
