package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthIT {
  @TempDir Path data;

  @Test
  void healthAnswersOnAFreePortAndCountsArticles() {
    try (ServerKit kit = ServerKit.start(data, List.of(), List.of())) {
      assertTrue(kit.server.port() > 0);
      HttpResponse<String> r = kit.get("/api/health");
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
      assertTrue(r.body().contains("\"articles\":0"), r.body());
    }
  }

  @Test
  void extraRoutesAreRegisteredAndStopFreesThePort() {
    Routes hello = new Routes() {
      @Override
      public void configure(io.javalin.config.JavalinConfig config) {
        config.http.defaultContentType = "text/x-guard-test"; // proves configure runs before the app is built
      }

      @Override
      public void register(io.javalin.Javalin app) {
        app.get("/hello", ctx -> ctx.result("hi"));
      }
    };
    try (ServerKit kit = ServerKit.start(data, List.of(), List.of(hello))) {
      HttpResponse<String> r = kit.get("/hello");
      assertEquals("hi", r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/x-guard-test"), r.headers().toString());
      kit.server.stop();
      assertEquals(-1, kit.server.port());
    }
  }
}
