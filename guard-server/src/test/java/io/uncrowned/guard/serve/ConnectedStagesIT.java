package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.brief.Brief;
import io.uncrowned.guard.brief.BriefSentence;
import io.uncrowned.guard.collect.InputCollector;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.Area;
import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.events.PolicyKind;
import io.uncrowned.guard.events.Reversal;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.pipeline.IngestListener;
import io.uncrowned.guard.pipeline.ServeOptions;
import io.uncrowned.guard.serve.adapt.EngineViews;
import io.uncrowned.guard.serve.web.WebUi;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.PlaceFocus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API and the web UI wired to stored briefs, policy events and policy history as {@code guard serve}
 * wires them ({@link EngineViews}), over synthetic articles (an invented Nordland deciding about invented
 * Ostmark) and a synthetic understander that stands in for the NLP stages, so no model loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectedStagesIT {
  private static final String BAN = "Synthetic report. Nordland's government barred Ostmark from using donated"
      + " patrol drones outside its own territory. The ban was described as firm.";
  private static final String OUR_TLDR = "In a shift from its earlier stance, Nordland's government allowed Ostmark"
      + " to use donated patrol drones against military installations, strictly limited to the Velka border area,"
      + " solely for counter-fire.";
  private static final String GRANT = "TL;DR: Ostmark may now fly Nordland's drones near the border (author).\n\n"
      + "Synthetic report. " + OUR_TLDR + " The invented ministry spokesperson Tove Ramsland confirmed it.";
  private static final String REIMPOSED = "Synthetic report. Nordland's government barred Ostmark again from using"
      + " donated patrol drones anywhere abroad.";

  @TempDir static Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private GuardEngine engine;
  private GuardServer server;
  private ServerKit http;

  @BeforeAll
  void start() throws IOException {
    Path data = dir.resolve("data");
    GuardSettings settings = GuardSettings.defaultsFor(data);
    engine = GuardEngine.open(settings.engineConfig(), new InputCollector(settings.collect()),
        new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()), synthetic());
    engine.ingest(List.of(jsonl("first.jsonl", article("ban", "2024-03-01", "Nordland bars Ostmark drone use", BAN),
        article("grant", "2024-06-10", "Nordland lets Ostmark use drones near Velka", GRANT)).toString()),
        IngestListener.NONE);
    EngineViews views = EngineViews.of(engine);
    ServeOptions base = settings.serve();
    server = views.connect(GuardServer.builder(engine, new ServeOptions(base.host(), 0, "synthetic", base.maxBodyBytes())))
        .routes(List.of(views.connect(WebUi.builder(engine)).build()))
        .build().start(0);
    http = ServerKit.over(engine, server);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
      engine.close();
    }
  }

  @Test
  void policiesAsOfAnswerFromStoredPolicyEvents() throws IOException {
    assertTrue(policies("2024-02-01").isEmpty(), "nothing decided before the first article");
    JsonNode march = policies("2024-03-15");
    assertEquals(1, march.size(), march.toString());
    assertEquals("restricted", march.get(0).get("state").asText());
    assertEquals("Nordland", march.get(0).get("actor").asText());
    assertEquals("Ostmark", march.get(0).get("subject").asText());
    JsonNode june = policies("2024-06-10").get(0);
    assertEquals("allowed", june.get("state").asText(), "as of D includes day D");
    JsonNode grant = june.get("steps").get(1);
    assertEquals("grant", grant.get("kind").asText());
    assertTrue(grant.get("reversal").asBoolean());
    assertEquals("In a shift from its earlier stance", grant.get("reversalCue").asText());
    assertTrue(grant.get("limits").asText().contains("Velka border area"), grant.toString());
    assertFalse(json.readTree(http.get("/api/policies?asOf=2024-07-01&q=Zembla").body()).get("policies").size() > 0);
    assertEquals(1, json.readTree(http.get("/api/policies?asOf=2024-07-01&q=ostmark").body()).get("policies").size());
  }

  @Test
  void newArticlesRebuildTheHistoryAndAnUnsaidReversalIsInferred() throws IOException {
    assertEquals(2, policies("2024-12-31").get(0).get("steps").size());
    engine.ingest(List.of(jsonl("later.jsonl",
        article("again", "2024-09-01", "Nordland bars Ostmark drones again", REIMPOSED)).toString()), IngestListener.NONE);
    JsonNode line = policies("2024-12-31").get(0);
    assertEquals("restricted", line.get("state").asText());
    JsonNode again = line.get("steps").get(2);
    assertTrue(again.get("reversal").asBoolean(), "restricting an allowed line reverses it: " + again);
    assertTrue(again.get("reversalCue").asText().contains("allowed"), again.toString());
  }

  @Test
  void articlePageShowsOurBriefApartFromTheAuthorsAndPolicyCards() throws IOException {
    String id = json.readTree(http.get("/api/search?q=Velka").body()).get("hits").get(0).get("id").asText();
    String page = http.send(http.request("/articles/" + id).header("Accept", "text/html").GET().build()).body();
    int author = page.indexOf("class=\"tldr\"");
    int ours = page.indexOf("class=\"brief\"");
    assertTrue(author >= 0 && ours > author, "author's TL;DR and our brief are separate sections");
    assertTrue(page.substring(author, ours).contains("near the border (author)"));
    assertTrue(page.substring(ours).contains("solely for counter-fire."), "our TL;DR sentence is shown");
    int card = page.indexOf("class=\"policy-card kind-grant\"");
    assertTrue(card > 0, "a grant card");
    String cardHtml = page.substring(card, page.indexOf("</article>", card));
    for (String expected : List.of("strictly limited", "solely", "the Velka border area", "military installations",
        "counter-fire", "In a shift from its earlier stance", "class=\"evidence\"", "government allowed Ostmark")) {
      assertTrue(cardHtml.contains(expected), expected + " in " + cardHtml);
    }
    String tracker = http.send(http.request("/policies?asOf=2024-06-30").header("Accept", "text/html").GET().build())
        .body();
    assertTrue(tracker.contains("allowed") && tracker.contains("class=\"reversal\""), tracker);
  }

  @Test
  void policyAndEventKindsAreFacetsOfTheApiAndTheSearchPage() throws IOException {
    JsonNode grants = json.readTree(http.get("/api/search?policyKind=grant").body());
    assertEquals(1, grants.get("total").asLong(), grants.toString());
    assertTrue(grants.at("/hits/0/title").asText().contains("Velka"));
    JsonNode facets = json.readTree(http.get("/api/search").body()).get("facets");
    assertTrue(facets.get("policyKind").toString().contains("\"grant\""), facets.toString());
    assertTrue(facets.get("eventKind").toString().contains("\"allow\""), facets.toString());
    assertEquals(1, json.readTree(http.get("/api/search?eventKind=allow").body()).get("total").asLong());
    JsonNode noFacets = json.readTree(http.get("/api/search?policyKind=grant&facets=false").body());
    assertEquals(1, noFacets.get("total").asLong());
    assertTrue(noFacets.get("facets").isEmpty(), noFacets.toString());
    assertFalse(grants.get("facetsApproximate").asBoolean(), "a few matches are counted exactly");
    assertEquals(400, http.get("/api/search?facets=perhaps").statusCode());
    String page = http.send(http.request("/?policyKind=grant").header("Accept", "text/html").GET().build()).body();
    assertTrue(page.contains("Policy") && page.contains("Velka"), page);
  }

  private JsonNode policies(String asOf) throws IOException {
    JsonNode body = json.readTree(http.get("/api/policies?asOf=" + asOf).body());
    assertTrue(body.get("available").asBoolean());
    return body.get("policies");
  }

  private Path jsonl(String name, String... lines) throws IOException {
    return Files.writeString(Files.createDirectories(dir.resolve("inputs")).resolve(name), String.join("\n", lines) + "\n");
  }

  private static String article(String slug, String day, String title, String text) {
    return "{\"url\": \"https://synthetic.example/" + slug + "\", \"source\": \"Synthetic Ledger\", \"published\": \""
        + day + "T08:00:00Z\", \"title\": \"" + title + "\", \"text\": \"" + text.replace("\n", "\\n") + "\"}";
  }

  /** Stands in for the NLP stages: one policy event per article, read off the synthetic wording. */
  private static Understander synthetic() {
    return article -> {
      List<PolicyEvent> events = new ArrayList<>();
      Brief brief = null;
      String t = article.text();
      if (t.contains("barred")) {
        events.add(event(article, PolicyKind.RESTRICT, t.indexOf("Nordland's"), Reversal.NONE, List.of(), null));
      }
      if (t.contains("allowed")) {
        Reversal cue = new Reversal(true, "In a shift from its earlier stance");
        events.add(event(article, PolicyKind.GRANT, t.indexOf("In a shift"), cue,
            List.of("strictly limited", "solely"), "the Velka border area"));
        int s = t.indexOf(OUR_TLDR);
        int tldr = t.indexOf("Ostmark may");
        int tldrEnd = t.indexOf('\n', tldr);
        brief = new Brief(List.of(new BriefSentence(OUR_TLDR, new Span(s, s + OUR_TLDR.length()), 1.0)), List.of(),
            new Span(tldr, tldrEnd), t.substring(tldr, tldrEnd));
      }
      List<Event> said = new ArrayList<>();
      int allowed = t.indexOf("allowed");
      if (allowed >= 0) {
        said.add(new Event("allow", null, "allowed", null, null, null, new Span(allowed, allowed + 7),
            new Span(t.indexOf("In a shift"), t.indexOf("counter-fire.") + 13)));
      }
      return new Understanding(Understanding.Status.ANALYSED, "", List.of(), List.of(), List.of(), PlaceFocus.NONE,
          new ArticleEvents(said, events, events.size()), brief);
    };
  }

  private static PolicyEvent event(Article a, PolicyKind kind, int start, Reversal reversal, List<String> limits,
      String area) {
    String t = a.text();
    int end = t.indexOf('.', start) + 1;
    int n = t.indexOf("Nordland's", start);
    int o = t.indexOf("Ostmark", start);
    Party actor = new Party("Nordland's government", "Nordland", null, null, new Span(n, n + 21));
    Party subject = new Party("Ostmark", "Ostmark", null, null, new Span(o, o + 7));
    boolean grant = kind == PolicyKind.GRANT;
    return new PolicyEvent(kind, List.of(actor), subject, "use donated patrol drones", List.of("patrol drones"),
        area == null ? List.of() : List.of(new Area(area, List.of(), null)),
        grant ? "military installations" : null, grant ? "counter-fire" : null, limits, false, null, reversal,
        grant ? "allow" : "bar", null, List.of(new Span(start, end)), null);
  }
}
