package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.eval.geoparse.GeoparseEvalMain;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.EventExtractor;
import io.uncrowned.guard.events.parse.CoreNlpDependencyParser;
import io.uncrowned.guard.understand.ArticleUnderstander;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.CoreNlpAnnotator;
import io.uncrowned.guard.understand.nlp.CoreNlpProfile;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.places.GazetteerException;
import io.uncrowned.guard.understand.places.PlaceMention;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The understanding layer and the event extractor for commands that work without a store ({@code guard events},
 * {@code guard eval events}). Places are resolved when the data folder has a gazetteer; without one, areas stay
 * free text. With a gazetteer the understanding layer runs the extractor on its own analysis, so each text is
 * annotated once either way.
 */
final class EventsEngine implements AutoCloseable {
  private static final Lang ENGLISH = Lang.of("en");

  /** The events of one article with the entities they were linked to. */
  record Result(ArticleEvents events, LinkedEntities entities, List<PlaceMention> places) {}

  private final Annotator annotator;
  private final EntityLinker linker;
  private final EventExtractor extractor;
  private final ArticleUnderstander understander;

  private EventsEngine(Annotator annotator, EntityLinker linker, EventExtractor extractor,
      ArticleUnderstander understander) {
    this.annotator = annotator;
    this.linker = linker;
    this.extractor = extractor;
    this.understander = understander;
  }

  /**
   * Loads the models; the country table comes from the installed gazetteer, else from the shared GeoNames folder.
   *
   * @throws IllegalStateException when neither has a country table
   */
  static EventsEngine open(Path dataDir, int maxChunkChars) {
    Demonyms demonyms = Demonyms.bundled();
    Annotator annotator = new CoreNlpAnnotator(CoreNlpProfile.FAST, demonyms, maxChunkChars);
    LuceneGazetteer gazetteer = null;
    try {
      gazetteer = LuceneGazetteer.open(dataDir);
    } catch (GazetteerException e) {
      // no gazetteer: areas stay free text
    }
    Path table = gazetteer != null
        ? gazetteer.location().resolve(GazetteerInstaller.COUNTRY_TABLE)
        : GeoparseEvalMain.sharedData().resolve("geonames").resolve(GazetteerInstaller.COUNTRY_TABLE);
    if (!Files.isRegularFile(table)) {
      if (gazetteer != null) {
        gazetteer.close();
      }
      throw new IllegalStateException("no country table at " + table + ": run `guard gazetteer install` first");
    }
    EntityLinker linker = new EntityLinker(Countries.fromGeoNames(table), demonyms);
    EventExtractor extractor = new EventExtractor(CoreNlpDependencyParser.english(), null);
    ArticleUnderstander understander = gazetteer == null
        ? null
        : new ArticleUnderstander(annotator, linker, gazetteer, new ContextResolver(gazetteer), extractor, null);
    return new EventsEngine(annotator, linker, extractor, understander);
  }

  boolean resolvesPlaces() {
    return understander != null;
  }

  Result run(Article article) {
    if (understander != null) {
      Understanding u = understander.understand(article);
      return new Result(u.events(), new LinkedEntities(u.entities(), u.entityMentions()), u.places());
    }
    AnnotatedText annotated = annotator.annotate(article.text(), ENGLISH);
    LinkedEntities entities = linker.link(article.text(), annotated);
    return new Result(extractor.extract(article, annotated, entities, List.of()), entities, List.of());
  }

  /** For a bare text dated {@code date}. */
  Result run(String text, java.time.LocalDate date) {
    if (understander != null) {
      return run(article(text, date));
    }
    AnnotatedText annotated = annotator.annotate(text, ENGLISH);
    LinkedEntities entities = linker.link(text, annotated);
    return new Result(extractor.extract(text, date, annotated, entities, List.of()), entities, List.of());
  }

  /** A bare text as an article of its own, for the understanding layer. */
  private static Article article(String text, java.time.LocalDate date) {
    String hash = io.uncrowned.guard.article.ArticleId.sha256Hex(text);
    java.time.Instant published = date == null ? null : date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    return new Article(io.uncrowned.guard.article.ArticleId.fromContentHash(hash), null, null, "text", "", null,
        published, ENGLISH, text, List.of(), null, null, hash, "text");
  }

  @Override
  public void close() {
    if (understander != null) {
      understander.close();
    }
  }
}
