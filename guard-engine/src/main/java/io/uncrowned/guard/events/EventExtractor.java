package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.events.parse.DependencyParser;
import io.uncrowned.guard.events.parse.ParsedSentence;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the events and policy events of an article. Only sentences holding a trigger word (a decision verb, a
 * permission noun, a limit adverb, an event verb) are parsed, since the parse is the expensive step.
 *
 * <p>Everything but the text is optional: without the understanding layer's entities, actors and subjects stay
 * unlinked words; without resolved places, areas are free text; without an {@link AnnotatedText}, the text is
 * annotated here (which needs the {@code annotator} given at construction). Thread-safe when the parser and
 * annotator are.
 */
public final class EventExtractor {
  private static final Lang ENGLISH = Lang.of("en");

  private final DependencyParser parser;
  private final Annotator annotator;

  /**
   * @param annotator used only for texts passed without their {@link AnnotatedText}; may be null
   */
  public EventExtractor(DependencyParser parser, Annotator annotator) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.annotator = annotator;
  }

  /** The events of {@code article}, dated by its publication day (UTC); entities and places may be null. */
  public ArticleEvents extract(Article article, AnnotatedText annotated, LinkedEntities entities, List<PlaceMention> places) {
    LocalDate date = article.published() == null ? null : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
    return extract(article.text(), date, annotated, entities, places);
  }

  /**
   * The events of {@code text}, an English text.
   *
   * @param date the article's date, null when unknown
   * @param annotated the NLP analysis of {@code text}; null to annotate here
   * @param entities linked entities of {@code text}; null when the linker did not run
   * @param places resolved places of {@code text}; null or empty without a gazetteer
   * @throws IllegalStateException when {@code annotated} is null and no annotator was given
   */
  public ArticleEvents extract(
      String text, LocalDate date, AnnotatedText annotated, LinkedEntities entities, List<PlaceMention> places) {
    Objects.requireNonNull(text, "text");
    AnnotatedText analysis = annotated != null ? annotated : annotate(text);
    Links links = new Links(entities, places);
    PolicyReader policies = new PolicyReader();
    EventReader reader = new EventReader();
    List<Draft> drafts = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    int parsed = 0;
    for (Sentence sentence : analysis.sentences()) {
      Sentence s = HeadlineVerbs.retag(sentence);
      if (!Lexicon.mayCarryTrigger(s)) {
        continue;
      }
      ParsedSentence tree = parser.parse(s);
      parsed++;
      Phrases phrases = new Phrases(text, tree);
      drafts.addAll(policies.read(phrases, links));
      events.addAll(reader.read(phrases, links));
    }
    return new ArticleEvents(events, Merger.merge(drafts, date), parsed);
  }

  private AnnotatedText annotate(String text) {
    if (annotator == null) {
      throw new IllegalStateException("no annotation given and no annotator to make one");
    }
    return annotator.annotate(text, ENGLISH);
  }
}
