package io.uncrowned.guard.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/stories}, {@code GET /api/stories/{id}} and {@code GET /api/policies?asOf=D}: read through
 * the story and policy catalogs, which later stages provide.
 */
final class CatalogApi implements Routes {
  private final StoryCatalog stories;
  private final PolicyCatalog policies;
  private final Clock clock;

  CatalogApi(StoryCatalog stories, PolicyCatalog policies, Clock clock) {
    this.stories = stories;
    this.policies = policies;
    this.clock = clock;
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/stories", this::stories);
    app.get("/api/stories/{id}", this::story);
    app.get("/api/policies", this::policies);
  }

  private void stories(Context ctx) {
    Instant since = SearchParams.date(ctx, "since");
    int limit = limit(ctx, 50);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("available", stories.available());
    body.put("stories", stories.stories(since, limit));
    ctx.json(body);
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(stories.story(id).orElseThrow(() -> ApiException.notFound(
        stories.available() ? "no story " + id : "stories are not available in this build")));
  }

  private void policies(Context ctx) {
    Instant asOf = SearchParams.date(ctx, "asOf");
    if (asOf == null) {
      asOf = clock.instant();
    } else if (!ctx.queryParam("asOf").contains("T")) {
      asOf = asOf.plus(java.time.Duration.ofDays(1)).minusMillis(1); // "as of D" includes all of day D
    }
    String q = ctx.queryParam("q");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("available", policies.available());
    body.put("asOf", asOf);
    body.put("policies", policies.asOf(asOf, q == null ? "" : q.strip(), limit(ctx, 100)));
    ctx.json(body);
  }

  private static int limit(Context ctx, int fallback) {
    int limit = SearchParams.integer(ctx, "limit", fallback);
    if (limit < 1 || limit > 1000) {
      throw ApiException.badRequest("limit must be between 1 and 1000: " + limit);
    }
    return limit;
  }
}
