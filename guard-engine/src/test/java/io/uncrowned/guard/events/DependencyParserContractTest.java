package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.events.parse.DepToken;
import io.uncrowned.guard.events.parse.ParsedSentence;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.SharedAnnotator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The parser's contract: one root, heads in bounds, spans kept, the same tree every time and on any thread. */
class DependencyParserContractTest {
  private static final String TEXT =
      "Germany will not permit Ukraine to use its tanks against targets in Russia. "
          + "The goalkeeper allowed three goals. Finland extended its ban on Russian tourists until June.";

  @Test
  void treesAreWellFormedAndKeepTheTokens() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(TEXT, Lang.of("en"));
    for (var sentence : annotated.sentences()) {
      ParsedSentence tree = EventsFixture.parser().parse(sentence);
      assertEquals(sentence.tokens().size(), tree.tokens().size());
      assertEquals(1, tree.tokens().stream().filter(t -> t.head() == 0).count(), "one root");
      for (int i = 0; i < tree.tokens().size(); i++) {
        assertEquals(sentence.tokens().get(i).span(), tree.tokens().get(i).span());
        assertTrue(tree.dominates(root(tree), tree.tokens().get(i)), "every token hangs from the root");
      }
    }
  }

  @Test
  void readsSubjectAndObject() {
    ParsedSentence tree = parseFirst();
    DepToken permit = tree.tokens().stream().filter(t -> t.lemma().equals("permit")).findFirst().orElseThrow();
    assertEquals("Germany", tree.child(permit, "nsubj").orElseThrow().word());
    assertEquals("Ukraine", tree.child(permit, "obj").orElseThrow().word());
  }

  @Test
  void sameTreeOnEveryThread() throws Exception {
    ParsedSentence expected = parseFirst();
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "parser-contract-test"));
    try {
      List<Future<ParsedSentence>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(DependencyParserContractTest::parseFirst));
      }
      for (Future<ParsedSentence> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ParsedSentence parseFirst() {
    return EventsFixture.parser().parse(SharedAnnotator.get().annotate(TEXT, Lang.of("en")).sentences().get(0));
  }

  private static DepToken root(ParsedSentence tree) {
    return tree.tokens().stream().filter(t -> t.head() == 0).findFirst().orElseThrow();
  }
}
