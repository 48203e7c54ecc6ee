package io.uncrowned.guard.serve;

import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.pipeline.IngestListener;
import io.uncrowned.guard.pipeline.ServeOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The HTTP test kit: a real server on a free port over a data folder, and a real client. Ingests without
 * the understanding layer so that no NLP model loads.
 */
final class ServerKit implements AutoCloseable {
  static final String TOKEN = "synthetic-test-token";

  final GuardEngine engine;
  final GuardServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServerKit(GuardEngine engine, GuardServer server) {
    this.engine = engine;
    this.server = server;
  }

  /** A server over {@code dataDir} after ingesting {@code inputs} (none: an empty archive). */
  static ServerKit start(Path dataDir, List<String> inputs, List<Routes> more) {
    return start(dataDir, inputs, b -> b.routes(more));
  }

  /** As above, with the server assembled by {@code assemble} (stories, policies, routes). */
  static ServerKit start(Path dataDir, List<String> inputs, UnaryOperator<GuardServer.Builder> assemble) {
    return start(dataDir, inputs, assemble, GuardSettings.defaultsFor(dataDir).serve().maxBodyBytes());
  }

  /** As above, refusing request bodies over {@code maxBodyBytes}. */
  static ServerKit start(
      Path dataDir, List<String> inputs, UnaryOperator<GuardServer.Builder> assemble, long maxBodyBytes) {
    GuardSettings settings = GuardSettings.defaultsFor(dataDir);
    GuardEngine engine = GuardEngine.open(
        settings.engineConfig(),
        new InputCollector(settings.collect()),
        new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()));
    if (!inputs.isEmpty()) {
      engine.ingest(inputs, IngestListener.NONE);
    }
    ServeOptions base = settings.serve();
    ServeOptions options = new ServeOptions(base.host(), 0, TOKEN, maxBodyBytes);
    GuardServer server = assemble.apply(GuardServer.builder(engine, options).indexDir(settings.engineConfig().indexDir()))
        .build().start(0);
    return new ServerKit(engine, server);
  }

  /** A client for a server someone else started (and stops). */
  static ServerKit over(GuardEngine engine, GuardServer server) {
    return new ServerKit(engine, server);
  }

  /** The bundled sample corpus, relative to this module. */
  static Path sampleCorpus() {
    Path p = Path.of("..", "samples", "corpus").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("sample corpus not found at " + p);
    }
    return p;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
  }

  HttpResponse<String> send(HttpRequest request) {
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
