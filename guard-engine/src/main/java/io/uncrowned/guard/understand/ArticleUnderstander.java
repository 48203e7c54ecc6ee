package io.uncrowned.guard.understand;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.Geoparse;
import io.uncrowned.guard.understand.places.Geoparser;
import io.uncrowned.guard.understand.places.NerToponymRecognizer;
import io.uncrowned.guard.understand.places.PlaceFocus;
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

  public ArticleUnderstander(
      Annotator annotator, EntityLinker linker, Gazetteer gazetteer, ToponymResolver resolver) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.linker = Objects.requireNonNull(linker, "linker");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  @Override
  public Understanding understand(Article article) {
    Lang language = article.language();
    String text = article.text();
    if (!annotator.supports(language)) {
      return Understanding.notAnalysed("not analysed: language " + language);
    }
    AnnotatedText annotated = annotator.annotate(text, language);
    LinkedEntities entities = linker.link(text, annotated);
    Geoparse geoparse = Geoparser.of(new NerToponymRecognizer(new Precomputed(annotated), gazetteer), resolver)
        .parse(text, language);
    List<PlaceMention> places =
        geoparse.mentions().stream().filter(m -> m.confidence() >= MIN_PLACE_CONFIDENCE).toList();
    return new Understanding(
        Understanding.Status.ANALYSED, "", withCredited(entities.entities(), article), entities.mentions(),
        places, PlaceFocus.of(places));
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
