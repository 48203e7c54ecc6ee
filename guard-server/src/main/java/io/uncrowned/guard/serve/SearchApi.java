package io.uncrowned.guard.serve;

import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.PlacesGeoJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.FacetCount;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search}: ranked hits with highlighted snippets, facet counts and paging; {@code GET
 * /api/places}: the places of a search's hits as GeoJSON.
 */
final class SearchApi implements Routes {
  /** Articles a places map takes from its search: enough for a map, bounded for the store reads. */
  static final int MAX_MAP_ARTICLES = 500;

  private final GuardEngine engine;

  SearchApi(GuardEngine engine) {
    this.engine = engine;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/search", this::search);
    app.get("/api/places", this::places);
  }

  private void search(Context ctx) {
    SearchRequest request = SearchParams.read(ctx);
    if (!SearchParams.bool(ctx, "facets", true)) {
      request = request.withoutFacets();
    }
    SearchResult result = run(engine, request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", request.query());
    body.put("total", result.totalHits());
    body.put("offset", request.offset());
    body.put("limit", request.limit());
    body.put("hits", result.hits().stream().map(SearchApi::hit).toList());
    body.put("facets", request.countFacets() ? facets(result) : Map.of());
    // Beyond LuceneIndex.FACET_SAMPLE matches, counts come from a sample scaled to the total.
    body.put("facetsApproximate", result.facetsApproximate());
    ctx.json(body);
  }

  private void places(Context ctx) {
    SearchRequest request = SearchParams.read(ctx, 200, MAX_MAP_ARTICLES).withoutFacets();
    PlacesGeoJson map = new PlacesGeoJson();
    for (SearchHit hit : run(engine, request).hits()) {
      map.add(hit.id(), engine.understanding(hit.id()).map(Understanding::places).orElse(List.of()));
    }
    ctx.json(map.featureCollection());
  }

  /** Runs the search; a query Lucene cannot parse is the client's mistake. */
  static SearchResult run(GuardEngine engine, SearchRequest request) {
    try {
      return engine.search(request);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static Map<String, Object> hit(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("title", h.title());
    m.put("source", h.source());
    m.put("language", h.language());
    m.put("published", h.published());
    m.put("url", SafeLinks.web(h.url())); // never a javascript: link
    m.put("score", h.score());
    m.put("snippet", h.snippet());
    m.put("article", "/api/articles/" + h.id().value());
    return m;
  }

  /** Facet name (as its filter parameter, except {@code language}) to its top values. */
  private static Map<String, List<Map<String, Object>>> facets(SearchResult result) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      List<Map<String, Object>> values = new ArrayList<>();
      for (FacetCount c : result.facets().getOrDefault(facet, List.of())) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", c.value());
        v.put("count", c.count());
        values.add(v);
      }
      out.put(SearchParams.parameter(facet), values);
    }
    return out;
  }
}
