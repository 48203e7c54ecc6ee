package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/ingest: the token, the body limit, the three input forms, and the address guard. */
class IngestIT {
  private static final long LIMIT = 64 * 1024;
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path data;

  /** Synthetic: an invented water board in a real city, with no real person quoted. */
  private static final String ARTICLE = """
      {"title": "Synthetic: Harrowgate Water Board caps garden watering in Seville",
       "source": "Synthetic Test Wire", "published": "2025-03-04T08:00:00Z",
       "text": "The Harrowgate Water Board, an invented utility, capped garden watering in Seville on Tuesday.\\n\\nHouseholds may water gardens on two evenings a week until the reservoirs recover, the board said in a notice."}
      """;

  private HttpRequest.Builder ingest(ServerKit kit) {
    return kit.request("/api/ingest");
  }

  private HttpResponse<String> postJson(ServerKit kit, String body, String authorization) {
    HttpRequest.Builder b = ingest(kit).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return kit.send(b.build());
  }

  private JsonNode parse(HttpResponse<String> r) throws IOException {
    return json.readTree(r.body());
  }

  @Test
  void theTokenIsRequiredAndChecked() throws IOException {
    try (ServerKit kit = ServerKit.start(data, List.of(), b -> b, LIMIT)) {
      HttpResponse<String> none = postJson(kit, ARTICLE, null);
      assertEquals(401, none.statusCode());
      assertEquals(401, parse(none).get("status").asInt());
      assertEquals(403, postJson(kit, ARTICLE, "Bearer wrong-token").statusCode());
      assertEquals(401, postJson(kit, ARTICLE, "Basic " + ServerKit.TOKEN).statusCode());
      assertEquals(0, kit.engine.indexedDocuments(), "nothing ingested without the token");
    }
  }

  @Test
  void aJsonArticleIsIngestedAndSearchable() throws IOException {
    try (ServerKit kit = ServerKit.start(data, List.of(), b -> b, LIMIT)) {
      HttpResponse<String> r = postJson(kit, ARTICLE, "Bearer " + ServerKit.TOKEN);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode report = parse(r);
      assertEquals(1, report.get("ingested").asInt(), r.body());
      String id = report.get("articles").get(0).asText();
      JsonNode hits = json.readTree(kit.get("/api/search?q=watering").body()).get("hits");
      assertEquals(id, hits.get(0).get("id").asText());
      assertEquals("Synthetic Test Wire", hits.get(0).get("source").asText());
      String bare = "{\"title\": \"Synthetic: a bare note\", \"text\": \"An invented note about ferries in Cádiz.\"}";
      HttpResponse<String> noSource = postJson(kit, bare, "Bearer " + ServerKit.TOKEN);
      String bareId = parse(noSource).get("articles").get(0).asText();
      JsonNode stored = json.readTree(kit.get("/api/articles/" + bareId).body()).get("article");
      assertEquals("api", stored.get("source").asText(), "not named after a scratch file");
      JsonNode again = parse(postJson(kit, ARTICLE, "Bearer " + ServerKit.TOKEN));
      assertEquals(0, again.get("ingested").asInt());
      assertEquals(1, again.get("unchanged").asInt(), "re-ingesting changes nothing");
    }
  }

  @Test
  void aFileUploadIsIngested() throws IOException {
    try (ServerKit kit = ServerKit.start(data, List.of(), b -> b, LIMIT)) {
      String brief = "Synthetic: Tidewater Ferries adds a night crossing to Tangier\n\n"
          + "Tidewater Ferries, an invented operator, will add a night crossing from Tarifa to Tangier from June.\n\n"
          + "The operator said the crossing would run four nights a week through the summer season.\n";
      String boundary = "guard-test-boundary";
      String body = "--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"file\"; filename=\"../../etc/brief.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\n" + brief + "\r\n--" + boundary + "--\r\n";
      HttpResponse<String> r = kit.send(ingest(kit)
          .header("Authorization", "Bearer " + ServerKit.TOKEN)
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(1, parse(r).get("ingested").asInt(), r.body());
      assertFalse(r.body().contains("guard-upload"), "no server paths in the answer: " + r.body());
      assertEquals(1, json.readTree(kit.get("/api/search?q=ferries").body()).get("total").asInt());
    }
  }

  @Test
  void unsupportedBodiesAndOversizedBodiesAreRefused() throws IOException {
    try (ServerKit kit = ServerKit.start(data, List.of(), b -> b, LIMIT)) {
      HttpResponse<String> text = kit.send(ingest(kit).header("Authorization", "Bearer " + ServerKit.TOKEN)
          .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
      assertEquals(415, text.statusCode());
      assertEquals(415, parse(text).get("status").asInt());
      String big = "{\"title\": \"Synthetic\", \"text\": \"" + "word ".repeat((int) LIMIT / 4) + "\"}";
      HttpResponse<String> tooBig = postJson(kit, big, "Bearer " + ServerKit.TOKEN);
      assertEquals(413, tooBig.statusCode());
      assertEquals(413, parse(tooBig).get("status").asInt());
      assertEquals(400, postJson(kit, "{not json", "Bearer " + ServerKit.TOKEN).statusCode());
      assertEquals(400, postJson(kit, "{\"title\": \"no text\"}", "Bearer " + ServerKit.TOKEN).statusCode());
    }
  }

  @Test
  void urlsMustBeWebUrlsAndTheAddressGuardStaysOn() throws IOException {
    try (ServerKit kit = ServerKit.start(data, List.of(), b -> b, LIMIT)) {
      for (String local : List.of("/etc/passwd", "file:///etc/passwd", "../samples/corpus")) {
        HttpResponse<String> r = postJson(kit, "{\"url\": \"" + local + "\"}", "Bearer " + ServerKit.TOKEN);
        assertEquals(400, r.statusCode(), local + " -> " + r.body());
      }
      // Loopback is this very server: the fetcher's SSRF guard must refuse it.
      String self = "http://127.0.0.1:" + kit.server.port() + "/api/health";
      HttpResponse<String> r = postJson(kit, "{\"url\": \"" + self + "\"}", "Bearer " + ServerKit.TOKEN);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode report = parse(r);
      assertEquals(1, report.get("failed").asInt(), r.body());
      assertTrue(report.get("problems").get(0).get("reason").asText().toLowerCase().contains("address"), r.body());
      assertEquals(0, kit.engine.indexedDocuments());
    }
  }
}
