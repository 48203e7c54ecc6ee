package io.uncrowned.guard.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes {@code {"error": "...", "status": N}} with its status code: the client's mistakes
 * say what was wrong, the server's own (500) say only that it failed, and the details go to the log.
 */
final class ApiErrors implements Routes {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @Override
  public void register(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      write(ctx, 500, "internal error");
    });
    // Bare statuses get the same JSON shape; a body a handler already wrote (a web page's own 404) stays.
    for (int status : new int[] {404, 405, 413, 415}) {
      app.error(status, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          write(ctx, status, defaultMessage(status, ctx));
        }
      });
    }
  }

  private static String defaultMessage(int status, Context ctx) {
    return switch (status) {
      case 404 -> "not found";
      case 405 -> "method " + ctx.method() + " not allowed here";
      default -> HttpStatus.forStatus(status).getMessage().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Writes the error body; never reflects request input in an HTML content type. */
  static void write(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message == null || message.isBlank() ? "error" : message);
    body.put("status", status);
    ctx.status(status).json(body);
  }
}
