package io.uncrowned.guard.serve;

import io.javalin.Javalin;

/**
 * One group of endpoints (the JSON API, the feeds, the web UI). The server calls {@link #register} once,
 * before it starts listening; implementations hold what their handlers need from their constructor.
 */
@FunctionalInterface
public interface Routes {
  /** Adds this group's handlers to {@code app}. Called once, before the server starts. */
  void register(Javalin app);
}
