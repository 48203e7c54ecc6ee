/**
 * {@code guard serve}: one process serving the embedded engine over HTTP (Javalin). {@link
 * io.uncrowned.guard.serve.GuardServer} owns the HTTP server; each group of endpoints is a {@link
 * io.uncrowned.guard.serve.Routes} (the JSON API, the Atom feeds, the web UI in {@code serve.web}), and the
 * server adds what every response shares: security headers, size limits, JSON errors and metrics.
 */
package io.uncrowned.guard.serve;
