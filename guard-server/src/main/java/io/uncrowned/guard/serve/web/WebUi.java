package io.uncrowned.guard.serve.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.serve.PolicyCatalog;
import io.uncrowned.guard.serve.Routes;
import io.uncrowned.guard.serve.StoryCatalog;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The web UI as one {@link Routes} group: {@code /} (search with facets), {@code /articles/{id}}, {@code
 * /stories} and {@code /stories/{id}}, {@code /map} (and its data, {@code /map/places.geojson}), {@code
 * /policies} (the tracker) and {@code /assets/…}. Pages are server-rendered HTML that reads without
 * JavaScript; the scripts only enhance (the map, keyboard shortcuts). What later stages add (briefs, policy
 * events, stories, policy history) comes in through {@link Views}; each defaults to "not in this build" and
 * the pages say so.
 *
 * <pre>{@code
 * GuardServer.builder(engine, options)
 *     .routes(List.of(WebUi.builder(engine).stories(catalog).build()))
 * }</pre>
 */
public final class WebUi implements Routes {
  private final GuardEngine engine;
  private final Views views;
  private final Clock clock;

  private WebUi(Builder b) {
    this.engine = b.engine;
    this.views = new Views(b.briefs, b.policyEvents, b.storyOf, b.stories, b.policies);
    this.clock = b.clock;
  }

  /** A web UI over {@code engine} with no later stage connected; the builder's setters connect them. */
  public static Builder builder(GuardEngine engine) {
    return new Builder(engine);
  }

  @Override
  public void register(Javalin app) {
    Pages pages = new Pages();
    Assets assets = new Assets();
    SearchPage search = new SearchPage(engine, pages);
    ArticlePage article = new ArticlePage(engine, pages, views);
    boolean outlines = assets.present("vendor/countries-110m.json");
    StoryPage story = new StoryPage(engine, pages, views.stories(), outlines);
    MapPage map = new MapPage(engine, pages, views.stories(), outlines);
    PolicyPage policy = new PolicyPage(pages, views.policies(), clock);
    app.get("/", search::handle);
    app.get("/articles/{id}", article::handle);
    app.get("/stories", story::list);
    app.get("/stories/{id}", story::story);
    app.get("/map", map::page);
    app.get("/map/places.geojson", map::geoJson);
    app.get("/policies", policy::handle);
    app.get("/assets/<path>", assets::handle);
    // Runs after the server's own error handlers, which answer JSON: a page that wrote an HTML error keeps it.
    app.error(400, WebUi::keepHtmlErrorPage);
    app.error(404, ctx -> {
      if (ctx.attribute(Pages.ERROR_PAGE) == null && wantsPage(ctx)) {
        pages.error(ctx, 404, "Page not found", "There is no page at this address.");
      }
      keepHtmlErrorPage(ctx);
    });
  }

  private static void keepHtmlErrorPage(Context ctx) {
    String html = ctx.attribute(Pages.ERROR_PAGE);
    if (html != null) {
      ctx.html(html);
    }
  }

  /** A browser asking for a page outside the API and the feeds; the page does not repeat the address. */
  private static boolean wantsPage(Context ctx) {
    String accept = ctx.header("Accept");
    String path = ctx.path();
    return accept != null && accept.contains("text/html") && !path.startsWith("/api/") && !path.startsWith("/feeds/")
        && !path.startsWith("/assets/");
  }

  /** The article id in a URL, when it can be one (16 hex digits). */
  static Optional<ArticleId> articleId(String raw) {
    String s = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    return s.matches("[0-9a-f]{16}") ? Optional.of(new ArticleId(s)) : Optional.empty();
  }

  /** What the pages read from the stages after understanding; each part defaults to its {@code NONE}. */
  record Views(ArticleBriefs briefs, ArticlePolicyEvents policyEvents, ArticleStories storyOf,
      StoryCatalog stories, PolicyCatalog policies) {}

  /** Connects the later stages to the web UI; everything but the engine is optional. */
  public static final class Builder {
    private final GuardEngine engine;
    private ArticleBriefs briefs = ArticleBriefs.NONE;
    private ArticlePolicyEvents policyEvents = ArticlePolicyEvents.NONE;
    private ArticleStories storyOf = ArticleStories.NONE;
    private StoryCatalog stories = StoryCatalog.NONE;
    private PolicyCatalog policies = PolicyCatalog.NONE;
    private Clock clock = Clock.systemUTC();

    private Builder(GuardEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Each article's generated brief, shown under its title. */
    public Builder briefs(ArticleBriefs b) {
      this.briefs = Objects.requireNonNull(b, "briefs");
      return this;
    }

    /** Each article's policy events, shown as cards. */
    public Builder policyEvents(ArticlePolicyEvents p) {
      this.policyEvents = Objects.requireNonNull(p, "policyEvents");
      return this;
    }

    /** The story each article belongs to, linked from the article page. */
    public Builder storyOf(ArticleStories s) {
      this.storyOf = Objects.requireNonNull(s, "storyOf");
      return this;
    }

    /** The stories, for {@code /stories} and the story pages (the same catalog the JSON API serves). */
    public Builder stories(StoryCatalog s) {
      this.stories = Objects.requireNonNull(s, "stories");
      return this;
    }

    /** The policy history, for the tracker (the same catalog the JSON API serves). */
    public Builder policies(PolicyCatalog p) {
      this.policies = Objects.requireNonNull(p, "policies");
      return this;
    }

    /** The clock giving the tracker's default date ("as of today"). */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    public WebUi build() {
      return new WebUi(this);
    }
  }
}
