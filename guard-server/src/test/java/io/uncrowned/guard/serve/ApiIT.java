package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The JSON API over the ingested sample corpus, through a real server and a real HTTP client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {
  private final ObjectMapper json = new ObjectMapper();
  private Path data;
  private ServerKit kit;

  @BeforeAll
  void start() throws IOException {
    data = Files.createTempDirectory("guard-api-it");
    Routes failing = app -> app.get("/api/test-failure", ctx -> {
      throw new IllegalStateException("secret internal detail");
    });
    kit = ServerKit.start(data, List.of(ServerKit.sampleCorpus().toString()), List.of(failing));
  }

  @AfterAll
  void stop() throws IOException {
    kit.close();
    try (var files = Files.walk(data)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private JsonNode getJson(String pathAndQuery, int expectedStatus) {
    HttpResponse<String> r = kit.get(pathAndQuery);
    assertEquals(expectedStatus, r.statusCode(), pathAndQuery + " -> " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), pathAndQuery);
    return parse(r.body());
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(body, e);
    }
  }

  @Test
  void searchFindsHighlightsAndCountsFacets() {
    JsonNode r = getJson("/api/search?q=lithium", 200);
    assertTrue(r.get("total").asLong() >= 2, r.toString());
    JsonNode first = r.get("hits").get(0);
    assertTrue(first.get("snippet").asText().toLowerCase().contains("<b>lithium</b>"), first.toString());
    assertEquals("/api/articles/" + first.get("id").asText(), first.get("article").asText());
    long perSource = 0;
    for (JsonNode f : r.get("facets").get("source")) {
      perSource += f.get("count").asLong();
    }
    assertEquals(r.get("total").asLong(), perSource, "each hit has exactly one source");
    assertTrue(r.get("facets").has("country"));
  }

  @Test
  void searchPagesWithoutOverlap() {
    JsonNode all = getJson("/api/search?limit=10", 200);
    assertEquals(29, all.get("total").asLong(), "the sample corpus keeps 29 distinct articles");
    Set<String> seen = new HashSet<>();
    for (int offset = 0; offset < 29; offset += 10) {
      for (JsonNode h : getJson("/api/search?limit=10&offset=" + offset, 200).get("hits")) {
        assertTrue(seen.add(h.get("id").asText()), "page overlap at " + offset);
      }
    }
    assertEquals(29, seen.size());
  }

  @Test
  void searchFiltersBySourceAndDate() {
    JsonNode all = getJson("/api/search", 200);
    String source = all.get("facets").get("source").get(0).get("value").asText();
    long count = all.get("facets").get("source").get(0).get("count").asLong();
    JsonNode filtered = getJson("/api/search?source=" + encode(source), 200);
    assertEquals(count, filtered.get("total").asLong());
    for (JsonNode h : filtered.get("hits")) {
      assertEquals(source, h.get("source").asText());
    }
    JsonNode none = getJson("/api/search?from=2100-01-01", 200);
    assertEquals(0, none.get("total").asLong());
  }

  @Test
  void badParametersAre400WithTheParameterNamed() {
    assertTrue(getJson("/api/search?limit=0", 400).get("error").asText().contains("limit"));
    assertTrue(getJson("/api/search?limit=abc", 400).get("error").asText().contains("limit"));
    assertTrue(getJson("/api/search?from=yesterday", 400).get("error").asText().contains("from"));
    assertTrue(getJson("/api/search?lang=english!", 400).get("error").asText().contains("lang"));
    // Articles stored without understanding carry no event kinds: the filter is valid and matches nothing.
    assertEquals(0, getJson("/api/search?eventKind=strike", 200).get("total").asLong());
    // A query Lucene cannot parse is searched as plain words rather than refused.
    getJson("/api/search?q=" + encode("title:(unbalanced"), 200);
  }

  @Test
  void articleIsTheShowJsonRecordAndUnknownIdsAre404() {
    String id = getJson("/api/search?q=lithium", 200).get("hits").get(0).get("id").asText();
    JsonNode a = getJson("/api/articles/" + id, 200);
    assertEquals(id, a.get("article").get("id").asText());
    assertFalse(a.get("article").get("text").asText().isBlank());
    assertTrue(a.has("seq") && a.has("ingestedAt") && a.has("understanding"));
    assertEquals(404, getJson("/api/articles/0000000000000000", 404).get("status").asInt());
    assertEquals(404, getJson("/api/articles/not-an-id", 404).get("status").asInt());
  }

  @Test
  void placesAreGeoJson() {
    String id = getJson("/api/search", 200).get("hits").get(0).get("id").asText();
    JsonNode one = getJson("/api/articles/" + id + "/places", 200);
    assertEquals("FeatureCollection", one.get("type").asText());
    assertTrue(one.get("features").isArray());
    assertTrue(one.get("attribution").asText().contains("GeoNames"));
    assertEquals("FeatureCollection", getJson("/api/places?q=drought", 200).get("type").asText());
    getJson("/api/articles/0000000000000000/places", 404);
  }

  @Test
  void storiesAndPoliciesSayWhenTheyAreNotAvailable() {
    assertFalse(getJson("/api/stories", 200).get("available").asBoolean());
    getJson("/api/stories/any", 404);
    JsonNode p = getJson("/api/policies?asOf=2025-01-01", 200);
    assertFalse(p.get("available").asBoolean());
    assertEquals("2025-01-01T23:59:59.999Z", p.get("asOf").asText());
    getJson("/api/policies?asOf=soon", 400);
  }

  @Test
  void unknownPathsAndMethodsAreJsonErrors() {
    JsonNode e = getJson("/api/nothing-here", 404);
    assertEquals(404, e.get("status").asInt());
    HttpResponse<String> r = kit.send(kit.request("/api/search").DELETE().build());
    assertTrue(r.statusCode() == 404 || r.statusCode() == 405, r.body());
    assertEquals(r.statusCode(), parse(r.body()).get("status").asInt());
  }

  @Test
  void errorsAreJsonEvenForBrowsersAndNeverReflectMarkup() {
    HttpResponse<String> r = kit.send(kit.request("/api/nothing%3Cscript%3Ealert(1)%3C/script%3E")
        .header("Accept", "text/html").GET().build());
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    assertFalse(r.body().contains("<"), r.body());
    HttpResponse<String> bad = kit.send(kit.request("/api/search?limit=%3Cb%3E").header("Accept", "text/html").GET().build());
    assertEquals(400, bad.statusCode());
    assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertFalse(bad.body().contains("<"), bad.body());
    assertTrue(parse(bad.body()).get("error").asText().contains("<b>"), "the message itself is kept, escaped");
  }

  @Test
  void concurrentReadersGetTheSameAnswersAsOne() throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    getJson("/api/search?limit=29", 200).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    java.util.Map<String, String> expected = new java.util.HashMap<>();
    for (String id : ids) {
      expected.put(id, getJson("/api/articles/" + id, 200).get("article").get("title").asText());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int start = t;
        done.add(pool.submit(() -> {
          int checked = 0;
          for (int k = 0; k < 40; k++) {
            String id = ids.get((start * 5 + k) % ids.size());
            HttpResponse<String> r = kit.get(k % 2 == 0 ? "/api/articles/" + id : "/api/search?q=porto&limit=5");
            assertEquals(200, r.statusCode(), r.body());
            if (k % 2 == 0) {
              assertEquals(expected.get(id), parse(r.body()).get("article").get("title").asText());
            }
            checked++;
          }
          return checked;
        }));
      }
      for (var f : done) {
        assertEquals(40, f.get().intValue());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void serverFailuresAre500WithoutDetails() {
    HttpResponse<String> r = kit.get("/api/test-failure");
    assertEquals(500, r.statusCode());
    assertEquals("internal error", parse(r.body()).get("error").asText());
    assertFalse(r.body().contains("secret") || r.body().contains("at io.uncrowned"), r.body());
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/api/health", "/api/nothing-here", "/feeds/search?q=porto", "/api/metrics")) {
      HttpResponse<String> r = kit.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertNotEquals("", r.headers().firstValue("Referrer-Policy").orElse(""), path);
    }
  }

  @Test
  void metricsCountRequestsByRouteTemplate() {
    String id = getJson("/api/search?q=porto", 200).get("hits").get(0).get("id").asText();
    getJson("/api/articles/" + id, 200);
    HttpResponse<String> r = kit.get("/api/metrics");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    String m = r.body();
    assertTrue(m.contains("guard_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"}"), m);
    assertTrue(m.contains("route=\"/api/articles/{id}\""), "templates, not raw ids: " + m);
    assertFalse(m.contains(id), "no per-id series");
    assertTrue(m.contains("guard_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/search\",le=\"+Inf\"}"), m);
    assertTrue(m.contains("guard_articles 29"), m);
    assertTrue(m.matches("(?s).*guard_index_size_bytes [1-9][0-9]*.*"), m);
  }

  @Test
  void openApiDocumentsExactlyTheRoutesServed() {
    JsonNode doc = getJson("/api/openapi.json", 200);
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    Set<String> documented = new HashSet<>();
    for (var path : doc.get("paths").properties()) {
      for (var method : path.getValue().properties()) {
        documented.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
      }
    }
    Set<String> served = new HashSet<>();
    for (GuardServer.Endpoint e : kit.server.endpoints()) {
      boolean api = e.path().startsWith("/api/") || e.path().startsWith("/feeds/");
      boolean handler = !e.method().equals("BEFORE") && !e.method().equals("AFTER");
      if (api && handler && !e.path().equals("/api/test-failure")) {
        served.add(e.method() + " " + e.path());
      }
    }
    assertEquals(new java.util.TreeSet<>(documented), new java.util.TreeSet<>(served));
  }

  static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  static HttpRequest.BodyPublisher body(String s) {
    return HttpRequest.BodyPublishers.ofString(s);
  }
}
