package io.uncrowned.guard.serve.web;

import io.javalin.http.Context;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.serve.StoryCatalog;
import io.uncrowned.guard.store.StoredArticle;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /map}: the places of one article ({@code ?article=ID}), of one story ({@code ?story=ID}) or of a
 * search's hits (the search page's parameters) on a Leaflet map over offline country outlines, with the
 * same places as a table for readers without JavaScript. {@code GET /map/places.geojson} takes the same
 * parameters and answers the points.
 */
final class MapPage {
  /** Hits a search map reads: enough for a map, bounded for the store reads. */
  static final int MAX_ARTICLES = 200;

  private final GuardEngine engine;
  private final Pages pages;
  private final StoryCatalog stories;
  private final boolean outlines;

  MapPage(GuardEngine engine, Pages pages, StoryCatalog stories, boolean outlines) {
    this.engine = engine;
    this.pages = pages;
    this.stories = stories;
    this.outlines = outlines;
  }

  void page(Context ctx) {
    Selection s = select(ctx);
    if (s == null) {
      return;
    }
    String data = "/map/places.geojson" + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    pages.write(ctx, "map.jte", new View(s.heading(), s.backHref(), s.backLabel(), s.places().rows(),
        s.places().articlesRead(), data, outlines));
  }

  void geoJson(Context ctx) {
    Selection s = select(ctx);
    if (s != null) {
      ctx.json(s.places().geoJson());
    }
  }

  /** What the parameters select; null when an error page has been written instead. */
  private Selection select(Context ctx) {
    String article = ctx.queryParam("article");
    String story = ctx.queryParam("story");
    if (article != null) {
      Optional<StoredArticle> stored = WebUi.articleId(article).flatMap(engine::article);
      if (stored.isEmpty()) {
        pages.error(ctx, 404, "No such article", "There is no article with this id to map.");
        return null;
      }
      ArticleId id = stored.get().article().id();
      return new Selection("Places in “" + stored.get().article().title() + "”", "/articles/" + id.value(),
          "Back to the article", new MapPlaces().add(id, engine.understanding(id).orElse(null)));
    }
    if (story != null) {
      Optional<StoryCatalog.Detail> detail = stories.story(story);
      if (detail.isEmpty()) {
        pages.error(ctx, 404, "No such story", "There is no story with this id to map.");
        return null;
      }
      MapPlaces places = new MapPlaces();
      detail.get().articles().forEach(id -> places.add(id, engine.understanding(id).orElse(null)));
      return new Selection("Places in the story “" + detail.get().summary().title() + "”",
          "/stories/" + SearchForm.encode(story), "Back to the story", places);
    }
    SearchForm form = SearchForm.read(ctx).at(0);
    if (!form.problems().isEmpty()) {
      pages.error(ctx, 400, "This map cannot be drawn", String.join(" ", form.problems()));
      return null;
    }
    MapPlaces places = new MapPlaces();
    List<SearchHit> hits;
    try {
      hits = engine.search(form.request(MAX_ARTICLES).withoutFacets()).hits();
    } catch (IllegalArgumentException e) {
      pages.error(ctx, 400, "This map cannot be drawn", "The query could not be read: " + e.getMessage());
      return null;
    }
    hits.forEach(h -> places.add(h.id(), engine.understanding(h.id()).orElse(null)));
    String heading = form.narrowed() ? "Places in the articles of this search" : "Places in the latest articles";
    return new Selection(heading, form.href("/"), "Back to the search", places);
  }

  private record Selection(String heading, String backHref, String backLabel, MapPlaces places) {}

  /**
   * The map page's model.
   *
   * @param dataHref where the map script reads the places as GeoJSON
   * @param outlines whether the country outlines are bundled in this build
   */
  record View(String heading, String backHref, String backLabel, List<MapPlaces.Row> places, int articles,
      String dataHref, boolean outlines) {}
}
