package io.uncrowned.guard.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;

/**
 * One group of endpoints (the JSON API, the feeds, the web UI). The server calls {@link #register} once,
 * before it starts listening; implementations hold what their handlers need from their constructor.
 */
@FunctionalInterface
public interface Routes {
  /** Adds this group's handlers to {@code app}. Called once, before the server starts. */
  void register(Javalin app);

  /**
   * Adjusts the server's configuration before it is built, for what cannot be added later: static files
   * from the classpath or webjars. Called once, before {@link #register}. Does nothing by default.
   */
  default void configure(JavalinConfig config) {}
}
