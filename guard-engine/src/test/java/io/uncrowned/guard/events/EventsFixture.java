package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.events.parse.CoreNlpDependencyParser;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.SharedAnnotator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The extractor over the shared CoreNLP annotator, a parser loaded once per test run and an entity linker
 * over the synthetic country table of the entity tests.
 */
final class EventsFixture {
  private EventsFixture() {}

  private static final class Holder {
    static final CoreNlpDependencyParser PARSER = CoreNlpDependencyParser.english();
    static final EntityLinker LINKER = new EntityLinker(countries(), Demonyms.bundled());
    static final EventExtractor EXTRACTOR = new EventExtractor(PARSER, SharedAnnotator.get());
  }

  static CoreNlpDependencyParser parser() {
    return Holder.PARSER;
  }

  static EventExtractor extractor() {
    return Holder.EXTRACTOR;
  }

  static EntityLinker linker() {
    return Holder.LINKER;
  }

  /** Annotates, links and extracts {@code text}, dated {@code 2024-05-30}; no places. */
  static ArticleEvents run(String text) {
    AnnotatedText annotated = SharedAnnotator.get().annotate(text, Lang.of("en"));
    LinkedEntities entities = Holder.LINKER.link(text, annotated);
    return Holder.EXTRACTOR.extract(text, LocalDate.of(2024, 5, 30), annotated, entities, null);
  }

  /** The one policy event of {@code text}; fails the test when there are none or several. */
  static PolicyEvent onlyPolicyEvent(String text) {
    List<PolicyEvent> found = run(text).policyEvents();
    assertEquals(1, found.size(), text + " → " + found);
    return found.get(0);
  }

  /** The canonical names of an event's actors. */
  static List<String> actorNames(PolicyEvent p) {
    return p.actors().stream().map(Party::name).toList();
  }

  private static Countries countries() {
    try (Reader r = new InputStreamReader(
        EventsFixture.class.getResourceAsStream("/io/uncrowned/guard/understand/entities/countries-synthetic.txt"),
        StandardCharsets.UTF_8)) {
      return Countries.read(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
