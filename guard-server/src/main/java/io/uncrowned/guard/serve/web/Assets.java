package io.uncrowned.guard.serve.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code GET /assets/…}: the UI's own stylesheet and scripts, Leaflet from its web jar, and the country
 * outlines bundled at build time, all read from the classpath (no CDN). Only plain relative names of
 * known types are served; files are cached in memory after the first read.
 */
final class Assets {
  static final String OWN = "io/uncrowned/guard/serve/web/assets/";
  static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "png", "image/png",
      "svg", "image/svg+xml");

  private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

  void handle(Context ctx) {
    String name = ctx.pathParam("path");
    String type = NAME.matcher(name).matches() && !name.contains("..") ? TYPES.get(extension(name)) : null;
    Optional<byte[]> bytes = type == null ? Optional.empty() : cache.computeIfAbsent(name, Assets::read);
    if (bytes.isEmpty()) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("no such asset");
      return;
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(type).result(bytes.get());
  }

  /** Whether {@code name} (as under {@code /assets/}) is in this build, e.g. the optional country outlines. */
  boolean present(String name) {
    return cache.computeIfAbsent(name, Assets::read).isPresent();
  }

  private static Optional<byte[]> read(String name) {
    String resource = name.startsWith("leaflet/") ? LEAFLET + name.substring("leaflet/".length()) : OWN + name;
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read asset " + resource, e);
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }
}
