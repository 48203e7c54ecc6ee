package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synthetic article carrying {@code <script>} and {@code javascript:} links comes back from the API and
 * the feeds as inert text: never as markup a browser would run.
 */
class EscapingIT {
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path data;

  private static final String HOSTILE = """
      {"title": "Synthetic: Quillon Dairy <script>alert('title')</script> recalls yoghurt in Lyon",
       "source": "Synthetic <b>Test</b> Wire",
       "url": "javascript:alert('url')",
       "published": "2025-05-06T09:00:00Z",
       "text": "Quillon Dairy, an invented company, recalled yoghurt sold in Lyon <script>alert('text')</script> on Monday.\\n\\nRead more at <a href=\\"javascript:alert('link')\\">the notice</a> or [here](javascript:alert('md')).\\n\\nThe recall covers yoghurt pots dated from May to June, the dairy said in a statement."}
      """;

  @Test
  void hostileMarkupIsEscapedInJsonAndFeeds() throws Exception {
    try (ServerKit kit = ServerKit.start(data, List.of(), List.of())) {
      HttpResponse<String> ingested = kit.send(kit.request("/api/ingest")
          .header("Authorization", "Bearer " + ServerKit.TOKEN).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(HOSTILE)).build());
      assertEquals(200, ingested.statusCode(), ingested.body());
      String id = json.readTree(ingested.body()).get("articles").get(0).asText();

      HttpResponse<String> article = kit.get("/api/articles/" + id);
      assertInert(article.body());
      assertTrue(article.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      JsonNode a = json.readTree(article.body()).get("article");
      assertTrue(a.get("text").asText().contains("<script>"), "the API returns the text faithfully, as data");

      HttpResponse<String> search = kit.get("/api/search?q=yoghurt");
      assertInert(search.body());
      JsonNode hit = json.readTree(search.body()).get("hits").get(0);
      assertFalse(hit.get("snippet").asText().contains("<script"), "snippets are HTML: escaped");
      assertTrue(hit.get("url").isNull() || hit.get("url").asText().startsWith("http"), "no javascript: URL as a link");

      HttpResponse<String> feed = kit.get("/feeds/search?q=yoghurt");
      assertInert(feed.body());
      WireFeedInput input = new WireFeedInput();
      Feed parsed = (Feed) input.build(new StringReader(feed.body()));
      Entry e = parsed.getEntries().get(0);
      assertTrue(e.getTitle().contains("<script>"), "the title is text: a reader shows it, never runs it");
      String summary = e.getSummary().getValue();
      assertFalse(summary.contains("<script"), "the HTML summary holds the markup escaped: " + summary);
      assertFalse(feed.body().toLowerCase(Locale.ROOT).contains("href=\"javascript:"), feed.body());

      assertInert(kit.get("/feeds/search").body());
      assertInert(kit.get("/api/search").body());
    }
  }

  /** No markup survives unescaped in the raw body: the browser never sees a tag or a script URL to follow. */
  private static void assertInert(String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), body);
    assertFalse(lower.contains("<a href"), body);
    assertFalse(lower.contains("<b>test"), body);
  }
}
