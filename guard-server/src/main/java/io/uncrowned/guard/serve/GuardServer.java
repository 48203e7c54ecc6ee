package io.uncrowned.guard.serve;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.ServeOptions;
import io.uncrowned.guard.store.ArticleJson;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server over one open {@link GuardEngine}: the JSON API under {@code /api/}, Atom feeds under
 * {@code /feeds/}, plus any further {@link Routes} (the web UI). Every response carries the {@link
 * SecurityHeaders}; every failure is a JSON error; every request is counted in {@code /api/metrics}. It
 * does not own the engine: whoever opened the engine closes it after {@link #stop()}.
 */
public final class GuardServer implements Closeable {
  private static final String STARTED_AT = "guard.started-nanos";

  private final GuardEngine engine;
  private final ServeOptions options;
  private final List<Routes> routes;
  private final StoryCatalog stories;
  private final PolicyCatalog policies;
  private final Path indexDir;
  private final Clock clock;
  private final RequestMetrics metrics = new RequestMetrics();
  private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
  private Javalin app;

  /** One registered route: its method ({@code GET}, {@code POST}…) and path template. */
  public record Endpoint(String method, String path) {}

  private GuardServer(Builder b) {
    this.engine = b.engine;
    this.options = b.options;
    this.routes = List.copyOf(b.routes);
    this.stories = b.stories;
    this.policies = b.policies;
    this.indexDir = b.indexDir;
    this.clock = b.clock;
  }

  /**
   * @param engine the open engine to serve; not closed by the server
   * @param options host, token and body limit ({@link ServeOptions#port()} is the default for {@link #start()})
   * @param more further route groups registered after the built-in ones (e.g. the web UI)
   */
  public GuardServer(GuardEngine engine, ServeOptions options, List<Routes> more) {
    this(builder(engine, options).routes(more));
  }

  public GuardServer(GuardEngine engine, ServeOptions options) {
    this(engine, options, List.of());
  }

  /** A server with stories, policies, the index folder (for its size metric) or a clock of one's choosing. */
  public static Builder builder(GuardEngine engine, ServeOptions options) {
    return new Builder(engine, options);
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

  /** Every route registered, in registration order (filled in by {@link #start}). */
  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
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
    ObjectMapper mapper = htmlSafe(new ArticleJson().mapper().copy());
    endpoints.clear();
    Javalin created = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.jetty.multipartConfig.maxFileSize(options.maxBodyBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(options.maxBodyBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.jetty.threadPool = threads();
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.events.handlerAdded(h -> endpoints.add(new Endpoint(h.getHttpMethod().name(), h.getPath())));
      config.requestLogger.http((ctx, ms) -> metrics.record(ctx.method().name(), route(ctx), ctx.statusCode(),
          elapsed(ctx, ms)));
      routes.forEach(r -> r.configure(config));
    });
    created.before(this::refuseOversizedBodies);
    List<Routes> all = new ArrayList<>();
    all.add(new SecurityHeaders());
    all.add(new ApiErrors());
    all.add(new HealthRoutes(engine));
    all.add(new SearchApi(engine));
    all.add(new ArticleApi(engine));
    all.add(new CatalogApi(stories, policies, clock));
    all.add(new IngestApi(engine, options, mapper));
    all.add(new MetricsRoutes(engine, metrics, indexDir));
    all.add(new OpenApiRoutes());
    all.add(new AtomFeeds(engine, stories, clock));
    all.addAll(routes);
    all.forEach(r -> r.register(created));
    return created;
  }

  /** A declared body over the limit is refused before anyone reads it. */
  private void refuseOversizedBodies(Context ctx) {
    ctx.attribute(STARTED_AT, System.nanoTime());
    if (ctx.contentLength() > options.maxBodyBytes()) {
      throw new ApiException(413, "request body is larger than " + options.maxBodyBytes() + " bytes");
    }
  }

  private static long elapsed(Context ctx, Float ms) {
    Long started = ctx.attribute(STARTED_AT);
    return started != null ? System.nanoTime() - started : (long) (ms * 1_000_000L);
  }

  /** The route template that answered, so metrics have one series per route, not per URL. */
  private static String route(Context ctx) {
    try {
      String path = ctx.endpointHandlerPath();
      return path == null || path.isEmpty() || path.equals("*") ? "unmatched" : path;
    } catch (RuntimeException noEndpoint) {
      return "unmatched";
    }
  }

  private static QueuedThreadPool threads() {
    QueuedThreadPool pool = new QueuedThreadPool(200, 8, 60_000);
    pool.setName("guard-http");
    return pool;
  }

  /**
   * JSON that is inert even if a browser were tricked into reading it as HTML: {@code <}, {@code >} and
   * {@code &} are written as Unicode escapes, which every JSON parser reads back unchanged.
   */
  private static ObjectMapper htmlSafe(ObjectMapper mapper) {
    mapper.getFactory().setCharacterEscapes(new CharacterEscapes() {
      private static final long serialVersionUID = 1L;
      private final int[] escapes = htmlEscapes();

      @Override
      public int[] getEscapeCodesForAscii() {
        return escapes;
      }

      @Override
      public SerializableString getEscapeSequence(int ch) {
        return null;
      }
    });
    return mapper;
  }

  private static int[] htmlEscapes() {
    int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
    e['<'] = CharacterEscapes.ESCAPE_STANDARD;
    e['>'] = CharacterEscapes.ESCAPE_STANDARD;
    e['&'] = CharacterEscapes.ESCAPE_STANDARD;
    e['\''] = CharacterEscapes.ESCAPE_STANDARD;
    return e;
  }

  /** Assembles a {@link GuardServer}; everything but the engine and options has a default. */
  public static final class Builder {
    private final GuardEngine engine;
    private final ServeOptions options;
    private final List<Routes> routes = new ArrayList<>();
    private StoryCatalog stories = StoryCatalog.NONE;
    private PolicyCatalog policies = PolicyCatalog.NONE;
    private Path indexDir;
    private Clock clock = Clock.systemUTC();

    private Builder(GuardEngine engine, ServeOptions options) {
      this.engine = Objects.requireNonNull(engine, "engine");
      this.options = Objects.requireNonNull(options, "options");
    }

    /** Further route groups, registered after the built-in ones. */
    public Builder routes(List<Routes> more) {
      routes.addAll(more);
      return this;
    }

    public Builder stories(StoryCatalog catalog) {
      this.stories = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    public Builder policies(PolicyCatalog catalog) {
      this.policies = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** The Lucene index folder ({@code EngineConfig.indexDir()}), so that metrics report its size on disk. */
    public Builder indexDir(Path dir) {
      this.indexDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The clock for "now" (feeds' updated time, policies' default as-of date). */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    public GuardServer build() {
      return new GuardServer(this);
    }
  }
}
