package io.uncrowned.guard.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.IngestOutcome;
import io.uncrowned.guard.pipeline.IngestReport;
import io.uncrowned.guard.pipeline.ServeOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code POST /api/ingest}: one URL ({@code {"url": …}}), one article as JSON ({@code title}, {@code text}
 * or {@code html}, {@code url}, {@code published}, {@code source}, as a JSON Lines line), or an uploaded
 * file (multipart field {@code file}, any format ingest reads). Needs {@code Authorization: Bearer TOKEN}.
 * URLs go through the collector, so its address guard (SSRF) applies; local paths are never accepted.
 */
final class IngestApi implements Routes {
  private final GuardEngine engine;
  private final ServeOptions options;
  private final ObjectMapper mapper;
  /** The pipeline writes in input order through one writer: one ingest at a time, others wait. */
  private final ReentrantLock oneAtATime = new ReentrantLock();

  IngestApi(GuardEngine engine, ServeOptions options, ObjectMapper mapper) {
    this.engine = engine;
    this.options = options;
    this.mapper = mapper;
  }

  @Override
  public void register(Javalin app) {
    app.post("/api/ingest", this::ingest);
  }

  private void ingest(Context ctx) throws IOException {
    authorise(ctx.header("Authorization"));
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    Path scratch = Files.createTempDirectory("guard-upload");
    try {
      String input;
      if (type.startsWith("application/json")) {
        input = fromJson(readBounded(ctx), scratch);
      } else if (type.startsWith("multipart/form-data")) {
        input = fromUpload(ctx, scratch);
      } else {
        throw new ApiException(415, "send application/json ({\"url\": …} or an article) or multipart/form-data"
            + " with a field named file");
      }
      ctx.json(run(input, scratch));
    } finally {
      deleteTree(scratch);
    }
  }

  /** 401 without a bearer token, 403 with a wrong one, or when no token is configured at all. */
  void authorise(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "this endpoint needs Authorization: Bearer TOKEN (setting serve.token)");
    }
    if (!options.writable()) {
      throw new ApiException(403, "ingest over HTTP is disabled: no serve.token is configured");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    // Constant-time comparison, so response timing does not reveal how much of the token matched.
    if (!MessageDigest.isEqual(given, options.token().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(403, "wrong token");
    }
  }

  private byte[] readBounded(Context ctx) throws IOException {
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBodyBytes() + 1));
      if (body.length > options.maxBodyBytes()) {
        throw new ApiException(413, "request body is larger than " + options.maxBodyBytes() + " bytes");
      }
      return body;
    }
  }

  private String fromJson(byte[] body, Path scratch) throws IOException {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JacksonException e) {
      throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("expected a JSON object");
    }
    if (node.has("url") && !node.has("text") && !node.has("html")) {
      return webUrl(node.get("url").asText());
    }
    if (!node.hasNonNull("text") && !node.hasNonNull("html")) {
      throw ApiException.badRequest("a JSON article needs \"text\" or \"html\" (or send only \"url\" to fetch it)");
    }
    if (!node.hasNonNull("source")) {
      // Otherwise the reader would name the source after our scratch file.
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("source", defaultSource(node));
    }
    Path line = scratch.resolve("article.jsonl");
    Files.writeString(line, mapper.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
    return line.toString();
  }

  /** The URL's host when the article has a web URL, else "api". */
  private static String defaultSource(JsonNode node) {
    if (node.hasNonNull("url")) {
      try {
        String host = new URI(node.get("url").asText().strip()).getHost();
        if (host != null) {
          return host;
        }
      } catch (URISyntaxException e) {
        // the reader reports the malformed URL itself
      }
    }
    return "api";
  }

  /** Only an absolute http(s) URL: anything else would let a client name a file on this machine. */
  static String webUrl(String raw) {
    try {
      URI uri = new URI(raw.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // answered below
    }
    throw ApiException.badRequest("url must be an absolute http or https URL");
  }

  private String fromUpload(Context ctx, Path scratch) throws IOException {
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (IllegalStateException e) {
      // Jetty refuses a streamed (undeclared-length) multipart body past the limit while reading it.
      throw new ApiException(413, "upload is larger than " + options.maxBodyBytes() + " bytes");
    }
    if (file == null) {
      throw ApiException.badRequest("multipart upload needs a part named file");
    }
    if (file.size() > options.maxBodyBytes()) {
      throw new ApiException(413, "upload is larger than " + options.maxBodyBytes() + " bytes");
    }
    // The name is only for messages: the format is told by content, and the client's name never picks a path.
    Path target = scratch.resolve("upload");
    try (InputStream in = file.content()) {
      Files.copy(in, target);
    }
    return target.toString();
  }

  private Map<String, Object> run(String input, Path scratch) {
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    IngestReport report;
    oneAtATime.lock();
    try {
      report = engine.ingest(List.of(input), outcome -> articleOf(outcome).ifPresent(ids::add));
    } finally {
      oneAtATime.unlock();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ingested", report.ingested());
    body.put("updated", report.updated());
    body.put("unchanged", report.unchanged());
    body.put("duplicates", report.duplicates());
    body.put("failed", report.failed());
    body.put("articles", List.copyOf(ids));
    body.put("problems", report.problems().stream().map(p -> problem(p, scratch)).toList());
    return body;
  }

  /** The stored article an outcome ended in: the new one, the unchanged one, or a duplicate's original. */
  private static java.util.Optional<String> articleOf(IngestOutcome outcome) {
    if (outcome instanceof IngestOutcome.Ingested i) {
      return java.util.Optional.of(i.article().id().value());
    } else if (outcome instanceof IngestOutcome.Updated u) {
      return java.util.Optional.of(u.article().id().value());
    } else if (outcome instanceof IngestOutcome.Unchanged u) {
      return java.util.Optional.of(u.id().value());
    } else if (outcome instanceof IngestOutcome.Duplicate d) {
      return java.util.Optional.of(d.record().original().value());
    }
    return java.util.Optional.empty();
  }

  /** A problem as the client knows its input: scratch paths of this server are not shown. */
  private static Map<String, String> problem(Problem p, Path scratch) {
    String where = p.input().replace(scratch.toString(), "upload");
    return Map.of("input", where, "reason", p.reason().replace(scratch.toString(), "upload"));
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
