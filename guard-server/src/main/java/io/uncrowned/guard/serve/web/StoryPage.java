package io.uncrowned.guard.serve.web;

import io.javalin.http.Context;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.serve.StoryCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /stories}: the developing stories, most recently active first; {@code GET /stories/{id}}: one
 * story with its brief, timeline, articles and a link to its map. Both say plainly when this build has no
 * story clustering.
 */
final class StoryPage {
  static final int LIST_SIZE = 50;

  private final GuardEngine engine;
  private final Pages pages;
  private final StoryCatalog stories;
  private final boolean outlines;

  StoryPage(GuardEngine engine, Pages pages, StoryCatalog stories, boolean outlines) {
    this.engine = engine;
    this.pages = pages;
    this.stories = stories;
    this.outlines = outlines;
  }

  void list(Context ctx) {
    List<Summary> list = new ArrayList<>();
    if (stories.available()) {
      stories.stories(null, LIST_SIZE).forEach(s -> list.add(summary(s)));
    }
    pages.write(ctx, "stories.jte", new ListView(stories.available(), list));
  }

  void story(Context ctx) {
    String id = ctx.pathParam("id");
    if (!stories.available()) {
      pages.write(ctx, "story.jte", new View(false, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, false));
      return;
    }
    Optional<StoryCatalog.Detail> found = id.length() > 200 ? Optional.empty() : stories.story(id);
    if (found.isEmpty()) {
      pages.error(ctx, 404, "No such story", "There is no story with this id.");
      return;
    }
    pages.write(ctx, "story.jte", view(found.get()));
  }

  private View view(StoryCatalog.Detail d) {
    Map<ArticleId, ArticleLink> links = new HashMap<>();
    List<ArticleLink> articles = new ArrayList<>();
    for (ArticleId a : d.articles()) {
      articles.add(links.computeIfAbsent(a, this::link));
    }
    List<BriefLine> brief = new ArrayList<>();
    for (StoryCatalog.BriefSentence s : d.brief()) {
      brief.add(new BriefLine(s.text(), s.article() == null ? null : links.computeIfAbsent(s.article(), this::link)));
    }
    List<Step> timeline = new ArrayList<>();
    for (StoryCatalog.TimelineEntry e : d.timeline()) {
      timeline.add(new Step(Pages.day(e.at()), Pages.isoDay(e.at()), e.kind(), e.text(),
          e.article() == null ? null : links.computeIfAbsent(e.article(), this::link)));
    }
    return new View(true, summary(d.summary()), brief, timeline, articles, d.places(), d.entities(),
        "/map?story=" + SearchForm.encode(d.summary().id()),
        "/map/places.geojson?story=" + SearchForm.encode(d.summary().id()), outlines);
  }

  private ArticleLink link(ArticleId id) {
    return engine.article(id)
        .map(s -> new ArticleLink(s.article().title().isBlank() ? "(untitled)" : s.article().title(),
            s.article().source(), Pages.day(s.article().published()), "/articles/" + id.value()))
        .orElse(new ArticleLink("(article no longer in the archive)", "", "", "/articles/" + id.value()));
  }

  private static Summary summary(StoryCatalog.Summary s) {
    return new Summary(s.title(), "/stories/" + SearchForm.encode(s.id()), Pages.day(s.firstSeen()),
        Pages.day(s.lastSeen()), s.articleCount(), s.independentSources());
  }

  /** One story in a list or at the top of its page. */
  record Summary(String title, String href, String firstSeen, String lastSeen, int articles, int sources) {}

  /** A member article, linked. */
  record ArticleLink(String title, String source, String published, String href) {}

  /** A sentence of the story brief with the article it came from (nullable). */
  record BriefLine(String text, ArticleLink from) {}

  /** A dated step of the timeline; {@code kind} is "event" or a policy-event kind. */
  record Step(String date, String dateIso, String kind, String text, ArticleLink from) {}

  /** The stories list's model. */
  record ListView(boolean available, List<Summary> stories) {}

  /**
   * The story page's model; when not {@code available}, everything else is empty.
   *
   * @param geoJsonHref where the page's map reads the story's places
   * @param outlines whether the country outlines are bundled in this build
   */
  record View(boolean available, Summary summary, List<BriefLine> brief, List<Step> timeline,
      List<ArticleLink> articles, List<String> places, List<String> entities, String mapHref, String geoJsonHref,
      boolean outlines) {}
}
