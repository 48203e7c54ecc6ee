package io.uncrowned.guard.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the hand-written OpenAPI 3 description of the JSON API and feeds, a
 * resource beside this class. A test keeps it and the registered routes in step.
 */
final class OpenApiRoutes implements Routes {
  static final String RESOURCE = "openapi.json";

  private final byte[] document;

  OpenApiRoutes() {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " is unreadable", e);
    }
  }

  @Override
  public void register(Javalin app) {
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
  }
}
