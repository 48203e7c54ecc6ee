package io.uncrowned.guard.serve;

import io.javalin.Javalin;

/**
 * Headers on every response that make injected content harmless: scripts only from this server (no inline
 * script, so an escaped-but-missed {@code <script>} cannot run), no framing, no MIME sniffing, no referrer
 * leaking article searches to other sites.
 */
public final class SecurityHeaders implements Routes {
  /**
   * The Content-Security-Policy: everything from this origin only. {@code img-src data:} lets the map draw
   * its icons; {@code style-src} has no {@code 'unsafe-inline'}, so pages use stylesheets, not style
   * attributes.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Override
  public void register(Javalin app) {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    });
  }
}
