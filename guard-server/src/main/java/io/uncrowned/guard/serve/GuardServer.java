package io.uncrowned.guard.serve;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.ServeOptions;
import io.uncrowned.guard.store.ArticleJson;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP server over one open {@link GuardEngine}: the JSON API under {@code /api/}, plus any further
 * {@link Routes} (web UI, feeds). It does not own the engine: whoever opened the engine closes it after
 * {@link #stop()}.
 */
public final class GuardServer implements Closeable {
  private final GuardEngine engine;
  private final ServeOptions options;
  private final List<Routes> routes;
  private Javalin app;

  /**
   * @param engine the open engine to serve; not closed by the server
   * @param options host, token and body limit ({@link ServeOptions#port()} is the default for {@link #start()})
   * @param more further route groups registered after the built-in ones (e.g. the web UI)
   */
  public GuardServer(GuardEngine engine, ServeOptions options, List<Routes> more) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.options = Objects.requireNonNull(options, "options");
    this.routes = List.copyOf(more);
  }

  public GuardServer(GuardEngine engine, ServeOptions options) {
    this(engine, options, List.of());
  }

  /** Starts listening on the configured port. */
  public GuardServer start() {
    return start(options.port());
  }

  /**
   * Starts listening on {@code port} (0: a free port, see {@link #port()}) at the configured host.
   *
   * @throws IllegalStateException when already started
   */
  public synchronized GuardServer start(int port) {
    if (app != null) {
      throw new IllegalStateException("server already started on port " + app.port());
    }
    Javalin created = create();
    created.start(options.host(), port);
    app = created;
    return this;
  }

  /** The port the server listens on; -1 before {@link #start}. */
  public synchronized int port() {
    return app == null ? -1 : app.port();
  }

  /** Stops listening; in-flight requests are finished first. Safe to call twice. */
  public synchronized void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private Javalin create() {
    ArticleJson json = new ArticleJson();
    Javalin created =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = options.maxBodyBytes();
              config.jsonMapper(new JavalinJackson(json.mapper(), false));
            });
    List<Routes> all = new ArrayList<>();
    all.add(new HealthRoutes(engine));
    all.addAll(routes);
    all.forEach(r -> r.register(created));
    return created;
  }
}
