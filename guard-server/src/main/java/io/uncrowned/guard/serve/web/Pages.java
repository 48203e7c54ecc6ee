package io.uncrowned.guard.serve.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders the precompiled templates (HTML content type: every {@code ${…}} is escaped) and writes pages.
 * One per server; thread-safe, since the template engine is.
 */
final class Pages {
  /** Request attribute holding an HTML error page, so that the server's JSON error handler is overridden. */
  static final String ERROR_PAGE = "guard.web.error-page";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(
      null, ContentType.Html, Pages.class.getClassLoader(), Pages.class.getPackageName());

  /** Renders {@code template} (e.g. "search.jte") with its one parameter, {@code model}. */
  String render(String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, model, out);
    return out.toString();
  }

  void write(Context ctx, String template, Object model) {
    ctx.html(render(template, model));
  }

  /**
   * Answers {@code status} with an HTML page saying {@code message}; the page is kept in a request attribute
   * because the server's error handlers would otherwise replace it with JSON.
   */
  void error(Context ctx, int status, String heading, String message) {
    String html = render("error.jte", new ErrorView(status, heading, message));
    ctx.attribute(ERROR_PAGE, html);
    ctx.status(status).html(html);
  }

  /** A date as pages show it ("3 Sep 2024"); "date unknown" for null. */
  static String day(Instant t) {
    return t == null ? "date unknown" : DAY.format(t);
  }

  /** A date as {@code <time datetime>} takes it; empty for null. */
  static String isoDay(Instant t) {
    return t == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(t);
  }

  /** What an error page shows. */
  record ErrorView(int status, String heading, String message) {}
}
