package io.uncrowned.guard.understand;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.brief.Brief;
import io.uncrowned.guard.brief.Summarizer;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.EventExtractor;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.NerToponymRecognizer;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceFocus;
import io.uncrowned.guard.understand.places.PlaceNames;
import io.uncrowned.guard.understand.places.Toponym;
import io.uncrowned.guard.understand.places.PlaceMention;
import io.uncrowned.guard.understand.places.ToponymResolver;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the NLP engine once per article and feeds its analysis to both the entity linker and the geoparser
 * (the toponym recogniser reads the same annotations instead of annotating again).
 */
public final class ArticleUnderstander implements Understander {
  /**
   * Places resolved with less confidence are left off the article: they are mostly near-miss spellings of
   * local names the gazetteer lacks (a district matched to a town abroad), and a wrong pin on the map costs
   * readers more than a missing one.
   */
  public static final double MIN_PLACE_CONFIDENCE = 0.4;

  private final Annotator annotator;
  private final EntityLinker linker;
  private final Gazetteer gazetteer;
  private final ToponymResolver resolver;
  private final EventExtractor events;
  private final Summarizer summarizer;

  /** The layer without events and briefs: entities and places only. */
  public ArticleUnderstander(
      Annotator annotator, EntityLinker linker, Gazetteer gazetteer, ToponymResolver resolver) {
    this(annotator, linker, gazetteer, resolver, null, null);
  }

  /**
   * @param events reads events and policy events from the same analysis; null to skip them
   * @param summarizer briefs every article, analysed or not (a language without NLP models still gets an
   *     extractive brief); null to skip briefs
   */
  public ArticleUnderstander(
      Annotator annotator, EntityLinker linker, Gazetteer gazetteer, ToponymResolver resolver,
      EventExtractor events, Summarizer summarizer) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.linker = Objects.requireNonNull(linker, "linker");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.events = events;
    this.summarizer = summarizer;
  }

  @Override
  public Understanding understand(Article article) {
    Lang language = article.language();
    String text = article.text();
    if (!annotator.supports(language)) {
      Understanding none = Understanding.notAnalysed("not analysed: language " + language);
      return summarizer == null ? none : none.withBrief(summarizer.summarize(article, null, List.of()));
    }
    AnnotatedText annotated = annotator.annotate(text, language);
    LinkedEntities entities = linker.link(text, annotated);
    List<PlaceMention> places = places(text, language, annotated);
    List<String> failed = new ArrayList<>();
    ArticleEvents found = ArticleEvents.NONE;
    Brief brief = null;
    // Events and briefs build on entities and places: a bug in either on one article must not cost the rest.
    try {
      found = events == null ? ArticleEvents.NONE : events.extract(article, annotated, entities, places);
    } catch (RuntimeException e) {
      failed.add("events failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    try {
      brief = summarizer == null ? null : summarizer.summarize(article, annotated, entities.mentions());
    } catch (RuntimeException e) {
      failed.add("brief failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return new Understanding(
        Understanding.Status.ANALYSED, String.join("; ", failed), withCredited(entities.entities(), article),
        entities.mentions(), places, PlaceFocus.of(places), found, brief);
  }

  /**
   * Resolves the article's toponyms twice when the first pass holds doubtful picks: a doubtful pick (a
   * near-miss spelling or an alternate name of a small place abroad) also pulls the article's other names
   * towards its country, so the second pass resolves without those toponyms. Only confident places stay.
   */
  private List<PlaceMention> places(String text, Lang language, AnnotatedText annotated) {
    List<Toponym> toponyms = new NerToponymRecognizer(new Precomputed(annotated), gazetteer).recognize(text, language);
    List<PlaceMention> first = resolver.resolve(text, toponyms);
    Set<Span> doubtful = new HashSet<>();
    first.stream().filter(ArticleUnderstander::doubtful).forEach(m -> doubtful.add(m.span()));
    List<PlaceMention> resolved =
        doubtful.isEmpty()
            ? first
            : resolver.resolve(text, toponyms.stream().filter(t -> !doubtful.contains(t.span())).toList());
    return resolved.stream().filter(m -> m.confidence() >= MIN_PLACE_CONFIDENCE).toList();
  }

  /**
   * A pick is doubtful when weakly supported, or when the place does not carry the name as written: reached
   * through a near-miss spelling or an alternate name ("Axarquía" matching a town abroad, a district's name
   * matching a far city). A pick's confidence cannot tell, since a lone fuzzy candidate wins its toponym
   * outright. National capitals are exempt: their old and foreign names are common in news ("Kiev").
   */
  static boolean doubtful(PlaceMention m) {
    return m.confidence() < MIN_PLACE_CONFIDENCE
        || !namedAsWritten(m) && !m.place().featureCode().equals("PPLC");
  }

  /**
   * The place carries the name as written. Countries and regions count as named: they are rightly reached
   * through short forms, demonyms and abbreviations ("U.S.", "Kan.").
   */
  static boolean namedAsWritten(PlaceMention m) {
    Place p = m.place();
    String written = PlaceNames.fold(ContextResolver.query(m.text()));
    return p.isCountry()
        || p.isFirstLevelRegion()
        || written.equals(PlaceNames.fold(p.name()))
        || written.equals(PlaceNames.fold(p.asciiName()));
  }

  /**
   * The image credit is metadata, not canonical text, yet it names an actor ("Ministry of Defense of
   * Ukraine"): its entities join the article's, without mentions, since no span of the text holds them.
   */
  private List<Entity> withCredited(List<Entity> fromText, Article article) {
    String credit = article.imageCredit();
    if (credit == null || credit.isBlank()) {
      return fromText;
    }
    List<Entity> all = new ArrayList<>(fromText);
    Set<EntityId> known = new HashSet<>();
    fromText.forEach(e -> known.add(e.id()));
    for (Entity e : linker.link(credit, annotator.annotate(credit, article.language())).entities()) {
      if (known.add(e.id())) {
        all.add(e);
      }
    }
    return all;
  }

  @Override
  public void close() {
    gazetteer.close();
  }

  /** Hands the recogniser the analysis already made for this text. */
  private record Precomputed(AnnotatedText annotated) implements Annotator {
    @Override
    public AnnotatedText annotate(String text, Lang language) {
      return annotated;
    }

    @Override
    public boolean supports(Lang language) {
      return true;
    }
  }
}
