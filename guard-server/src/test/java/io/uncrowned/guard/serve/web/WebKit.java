package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.pipeline.IngestListener;
import io.uncrowned.guard.pipeline.IngestReport;
import io.uncrowned.guard.pipeline.ServeOptions;
import io.uncrowned.guard.serve.GuardServer;
import io.uncrowned.guard.understand.ArticleUnderstander;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.nlp.CoreNlpAnnotator;
import io.uncrowned.guard.understand.nlp.CoreNlpProfile;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerProgress;
import io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The web UI's test kit: the real server with the web UI on a free port over a temporary data folder holding
 * the sample corpus and one hostile synthetic article ({@link #HOSTILE}), and a real HTTP client. With
 * {@code understand}, and when the shared GeoNames files are there, it installs a gazetteer and runs the
 * understanding layer on ingest (tens of seconds); otherwise articles are stored without entities or places.
 */
final class WebKit implements AutoCloseable {
  /** The folder of third-party data sets: the build's property, else beside the repository. */
  static final Path SHARED = Path.of(System.getProperty("guard.shared.data", "../../shared/data"));

  /**
   * A synthetic article whose title, source and text carry markup that must stay text: a script element, an
   * image with an onerror handler and a javascript: link. Its title starts with a word tests search for.
   */
  static final String HOSTILE = "{\"url\": \"https://hostile.synthetic.example/2024/10/01/zephyrine\","
      + " \"source\": \"Synthetic <b>Wire</b>\","
      + " \"published\": \"2024-10-01T09:00:00Z\","
      + " \"title\": \"Zephyrine council <script>document.title='pwned-title'</script> vote <img src=x onerror=\\\"document.title='pwned-img'\\\">\","
      + " \"text\": \"The invented Zephyrine town council voted on Tuesday on a parking levy."
      + " <script>document.title='pwned-text'</script> A spokesperson for the council, Ilse Varnhagen, said"
      + " the levy <img src=x onerror=\\\"document.title='pwned-onerror'\\\"> would start in spring."
      + " Details: <a href=\\\"javascript:document.title='pwned-link'\\\">read the decree</a>.\\n\\nThe levy"
      + " is synthetic, written for the web UI's escaping tests.\"}\n";

  final GuardEngine engine;
  final GuardServer server;
  final IngestReport ingest;
  final boolean understood;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private WebKit(GuardEngine engine, GuardServer server, IngestReport ingest, boolean understood) {
    this.engine = engine;
    this.server = server;
    this.ingest = ingest;
    this.understood = understood;
  }

  /**
   * Starts a server over {@code dir} after ingesting the corpus; {@code web} connects the later stages the
   * test stands in for, given the engine with the corpus already ingested.
   */
  static WebKit start(Path dir, boolean understand, BiFunction<GuardEngine, WebUi.Builder, WebUi.Builder> web) {
    try {
      Path data = dir.resolve("data");
      Path hostile = Files.writeString(Files.createDirectories(dir.resolve("inputs")).resolve("hostile.jsonl"), HOSTILE);
      GuardSettings settings = GuardSettings.defaultsFor(data);
      boolean gazetteer = understand && Files.isDirectory(SHARED.resolve("geonames"));
      if (gazetteer) {
        new GazetteerInstaller().installFrom(SHARED.resolve("geonames"), data, GazetteerProgress.NONE);
      }
      GuardEngine engine = GuardEngine.open(settings.engineConfig(), new InputCollector(settings.collect()),
          new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()),
          gazetteer ? understander(settings) : Understander.OFF);
      List<String> inputs = new ArrayList<>(List.of(sampleCorpus().toString(), hostile.toString()));
      IngestReport report = engine.ingest(inputs, IngestListener.NONE);
      ServeOptions base = settings.serve();
      GuardServer server = GuardServer.builder(engine, new ServeOptions(base.host(), 0, "synthetic-token", base.maxBodyBytes()))
          .routes(List.of(web.apply(engine, WebUi.builder(engine)).build()))
          .build()
          .start(0);
      return new WebKit(engine, server, report, gazetteer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Understander understander(GuardSettings settings) {
    LuceneGazetteer gazetteer = LuceneGazetteer.open(settings.dataDir());
    Countries countries = Countries.fromGeoNames(gazetteer.location().resolve(GazetteerInstaller.COUNTRY_TABLE));
    Demonyms demonyms = Demonyms.bundled();
    return new ArticleUnderstander(new CoreNlpAnnotator(CoreNlpProfile.FAST, demonyms, settings.maxChunkChars()),
        new EntityLinker(countries, demonyms), gazetteer, new ContextResolver(gazetteer));
  }

  /** The bundled sample corpus, relative to this module. */
  static Path sampleCorpus() {
    Path p = Path.of("..", "samples", "corpus").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("sample corpus not found at " + p);
    }
    return p;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    server.stop();
    engine.close();
  }
}
