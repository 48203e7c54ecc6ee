package io.uncrowned.guard.serve;

import java.util.List;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.PlacesGeoJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.DuplicateRecord;
import io.uncrowned.guard.store.StoredArticle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/articles/{id}}: the article and its understanding, the record {@code guard show --json}
 * prints; a duplicate's id answers with where its original is. {@code GET /api/articles/{id}/places}: its
 * places as GeoJSON.
 */
final class ArticleApi implements Routes {
  private final GuardEngine engine;

  ArticleApi(GuardEngine engine) {
    this.engine = engine;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/articles/{id}", this::article);
    app.get("/api/articles/{id}/places", this::places);
  }

  private void article(Context ctx) {
    ArticleId id = id(ctx);
    Optional<StoredArticle> stored = engine.article(id);
    if (stored.isPresent()) {
      ctx.json(record(stored.get(), engine));
      return;
    }
    DuplicateRecord dup = engine.duplicate(id)
        .orElseThrow(() -> ApiException.notFound("no article " + id.value()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("duplicate", dup);
    body.put("original", "/api/articles/" + dup.original().value());
    ctx.json(body);
  }

  private void places(Context ctx) {
    ArticleId id = id(ctx);
    if (engine.article(id).isEmpty()) {
      throw ApiException.notFound("no article " + id.value());
    }
    ctx.json(new PlacesGeoJson().add(id, engine.understanding(id).map(Understanding::places).orElse(List.of()))
        .featureCollection());
  }

  /** The full record, as {@code guard show --json} prints it; understanding is null when not yet analysed. */
  static Map<String, Object> record(StoredArticle stored, GuardEngine engine) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article", stored.article());
    r.put("seq", stored.seq());
    r.put("ingestedAt", stored.ingestedAt());
    r.put("understanding", engine.understanding(stored.article().id()).orElse(null));
    // article.url is stored as given and may be any scheme; link is the one safe to put in an href.
    r.put("link", SafeLinks.web(stored.article().canonicalUrl() != null
        ? stored.article().canonicalUrl() : stored.article().url()));
    return r;
  }

  /** The path's article id; 404 when it cannot be one (ids are 16 hex digits). */
  static ArticleId id(Context ctx) {
    String raw = ctx.pathParam("id").strip().toLowerCase(Locale.ROOT);
    try {
      return new ArticleId(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("no article " + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw)
          + " (ids are 16 hex digits)");
    }
  }
}
