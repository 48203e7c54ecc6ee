package io.uncrowned.guard.serve;

import io.javalin.Javalin;
import io.uncrowned.guard.pipeline.GuardEngine;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/health}: whether the server is up and how many articles it serves. */
final class HealthRoutes implements Routes {
  private final GuardEngine engine;

  HealthRoutes(GuardEngine engine) {
    this.engine = engine;
  }

  @Override
  public void register(Javalin app) {
    app.get(
        "/api/health",
        ctx -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("status", "ok");
          body.put("articles", engine.indexedDocuments());
          ctx.json(body);
        });
  }
}
