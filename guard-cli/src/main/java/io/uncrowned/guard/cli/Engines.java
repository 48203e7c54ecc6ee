package io.uncrowned.guard.cli;

import java.util.function.Consumer;
import java.io.PrintWriter;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.collect.DocumentSink;
import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.stories.StoryWeights;
import io.uncrowned.guard.brief.BriefSettings;
import io.uncrowned.guard.brief.ExtractiveSummarizer;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.events.EventExtractor;
import io.uncrowned.guard.events.parse.CoreNlpDependencyParser;
import io.uncrowned.guard.collect.CollectOptions;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.understand.ArticleUnderstander;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.nlp.CoreNlpAnnotator;
import io.uncrowned.guard.understand.nlp.CoreNlpProfile;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer;
import java.util.Map;

/** Builds the default components from settings: the one place the CLI wires stages. */
final class Engines {
  private Engines() {}

  static Extractor extractor() {
    return new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath());
  }

  static InputCollector collector(CollectOptions options) {
    return new InputCollector(options);
  }

  /** Settings from the options, with {@code --allow-private} applied when given. */
  static GuardSettings settings(DataOptions data, boolean allowPrivateAddresses) {
    return data.settings(
        allowPrivateAddresses ? Map.of("collect.allow-private-addresses", "true") : Map.of());
  }

  /** An engine for reading (search, show, stats, reindex): no language or NLP model is loaded. */
  static GuardEngine openForReading(DataOptions data) {
    return GuardEngine.openForReading(data.settings().engineConfig());
  }

  /**
   * An engine for ingesting: with the understanding layer when the settings enable it.
   *
   * @throws io.uncrowned.guard.understand.places.GazetteerException when it is enabled and no gazetteer is
   *     installed; the message names the command that installs one
   */
  static GuardEngine openForIngest(DataOptions data, boolean allowPrivateAddresses) {
    GuardSettings settings = settings(data, allowPrivateAddresses);
    Understander understander = settings.understand() ? understander(settings) : Understander.OFF;
    try {
      return GuardEngine.open(settings.engineConfig(), collector(settings.collect()), extractor(), understander);
    } catch (RuntimeException e) {
      understander.close();
      throw e;
    }
  }

  /** The understanding layer over the data folder's gazetteer; the NLP models load here (seconds). */
  static Understander understander(GuardSettings settings) {
    return understander(settings, true, true);
  }

  /**
   * The understanding layer with or without its events and briefs stages (benchmarks measure what each
   * adds).
   */
  static Understander understander(GuardSettings settings, boolean withEvents, boolean withBriefs) {
    LuceneGazetteer gazetteer = LuceneGazetteer.open(settings.dataDir());
    try {
      Countries countries = Countries.fromGeoNames(gazetteer.location().resolve(GazetteerInstaller.COUNTRY_TABLE));
      Demonyms demonyms = Demonyms.bundled();
      return new ArticleUnderstander(
          new CoreNlpAnnotator(CoreNlpProfile.FAST, demonyms, settings.maxChunkChars()),
          new EntityLinker(countries, demonyms),
          gazetteer,
          new ContextResolver(gazetteer),
          withEvents ? new EventExtractor(CoreNlpDependencyParser.english(), null) : null,
          // one ONNX thread per call: ingest already briefs articles on every core
          withBriefs ? new ExtractiveSummarizer(MiniLmEmbedder.load(1), BriefSettings.DEFAULT) : null);
    } catch (RuntimeException e) {
      gazetteer.close();
      throw e;
    }
  }

  /** Story clustering weights, with the data folder's {@code stories.cold-after}. */
  static StoryWeights storyWeights(GuardSettings settings) {
    return StoryWeights.DEFAULT.withColdAfter(settings.storiesColdAfter());
  }

  /**
   * Collects {@code input} and extracts each document it holds, handing every article to {@code each}; each
   * problem is one {@code error: INPUT: reason} line on {@code err}, and the batch goes on.
   *
   * @return how many documents failed
   */
  static int extractEach(CollectOptions options, String input, Consumer<Article> each, PrintWriter err) {
    Extractor extractor = extractor();
    int[] failed = {0};
    collector(options).collect(input, new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        try {
          each.accept(extractor.extract(document));
        } catch (ExtractionException e) {
          problem(new Problem(e.input(), e.getMessage()));
        }
      }

      @Override
      public void problem(Problem problem) {
        failed[0]++;
        err.println("error: " + problem);
      }
    });
    return failed[0];
  }
}
