package io.uncrowned.guard.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.serve.SecurityHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI over real HTTP: pages render from the sample corpus, facets narrow and widen a search, the
 * later stages' views show when connected and say so when not, and a hostile article renders inert.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIT {
  private WebKit kit;
  private SyntheticStages stages;

  @BeforeAll
  void start(@TempDir Path dir) {
    kit = WebKit.start(dir, false, (engine, web) -> {
      stages = new SyntheticStages(engine);
      return stages.connect(web);
    });
  }

  @AfterAll
  void stop() {
    if (kit != null) {
      kit.close();
    }
  }

  private Document page(String pathAndQuery, int status) {
    HttpResponse<String> r = kit.get(pathAndQuery);
    assertEquals(status, r.statusCode(), pathAndQuery + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), pathAndQuery);
    assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
    return Jsoup.parse(r.body(), kit.base() + pathAndQuery);
  }

  private Document page(String pathAndQuery) {
    return page(pathAndQuery, 200);
  }

  private static long total(Document d) {
    String count = d.expectFirst("#results-heading").text();
    return count.startsWith("No ") ? 0 : Long.parseLong(count.replaceAll("^(\\d+).*", "$1"));
  }

  @Test
  void searchShowsHighlightedSnippetsAndFacets() {
    Document d = page("/?q=congestion+charge");
    assertTrue(total(d) >= 3, d.expectFirst("#results-heading").text());
    Element snippet = d.expectFirst(".hit .snippet");
    assertFalse(snippet.select("b").isEmpty(), snippet.outerHtml());
    assertTrue(snippet.select("b").text().toLowerCase(Locale.ROOT).contains("charge"), snippet.outerHtml());
    assertFalse(d.select(".facets .facet a[href*=source=]").isEmpty(), "source facet links");
    assertEquals("congestion charge", d.expectFirst("input#q").val());
    assertNotNull(d.selectFirst("link[rel=alternate][type=application/atom+xml]"));
  }

  @Test
  void facetLinkAddsAFilterAndTheActiveFilterLinkRemovesIt() {
    Document all = page("/?q=congestion+charge");
    Element source = all.expectFirst(".facet a[href*=source=]");
    long count = Long.parseLong(source.parent().expectFirst(".count").text());
    Document narrowed = page(path(source));
    assertEquals(count, total(narrowed));
    assertTrue(total(narrowed) < total(all) || total(all) == count);
    Element remove = narrowed.expectFirst(".active-filters a.remove");
    assertTrue(narrowed.expectFirst(".active-filters").text().contains(source.ownText()));
    Document widened = page(path(remove));
    assertEquals(total(all), total(widened));
    assertTrue(widened.select(".active-filters").isEmpty());
  }

  @Test
  void pagesFollowOneAnother() {
    Document first = page("/");
    assertTrue(total(first) > SearchForm.PAGE_SIZE, "the corpus fills more than one page");
    assertEquals(SearchForm.PAGE_SIZE, first.select(".hit").size());
    assertTrue(first.select("a[rel=prev]").isEmpty());
    Document second = page(path(first.expectFirst("a[rel=next]")));
    assertFalse(second.select(".hit").isEmpty());
    assertFalse(first.select(".hit h3 a").eachAttr("href").contains(second.expectFirst(".hit h3 a").attr("href")));
    Document back = page(path(second.expectFirst("a[rel=prev]")));
    assertEquals(first.select(".hit h3 a").eachAttr("href"), back.select(".hit h3 a").eachAttr("href"));
  }

  @Test
  void dateRangeIsInclusiveAndABadDateIsExplained() {
    long all = total(page("/"));
    Document range = page("/?from=2024-10-01&to=2024-10-01");
    assertTrue(range.text().contains("Zephyrine"), "the hostile article, published on 1 October 2024, is in range");
    assertTrue(total(range) < all);
    Document bad = page("/?from=yesterday", 400);
    assertTrue(bad.expectFirst(".problems").text().contains("yesterday"));
  }

  @Test
  void articlePageIsLaidOutLikeABrief() {
    Document search = page("/?q=%22first+month%22+quarter");
    Document d = page(path(search.expectFirst(".hit h3 a")));
    assertEquals("Porto's Congestion Charge Cuts Centre Traffic by a Quarter in First Month", d.expectFirst("h1").text());
    assertTrue(d.expectFirst(".tldr").text().startsWith("TL;DR: Porto's congestion charge reduced"));
    List<String> headings = d.select(".article-body h2").eachText();
    assertEquals(List.of("The Numbers", "Where the Revenue Goes", "Counting the Costs"), headings);
    assertEquals("Image credit: Porto Urban Mobility Board", d.expectFirst(".image-credit").text());
    assertFalse(d.expectFirst(".article-body").text().contains("TL;DR"), "the TL;DR is shown once, in its box");
    assertNotNull(d.selectFirst("a[href^=/map?article=]"));
  }

  @Test
  void connectedStagesShowBriefPolicyCardStoryAndTracker() {
    Document d = page("/articles/" + stages.first().value());
    assertTrue(d.expectFirst(".brief").text().contains(SyntheticStages.BRIEF_LINE));
    Element card = d.expectFirst(".policy-card");
    assertTrue(card.text().contains(SyntheticStages.LIMIT), card.text());
    assertFalse(card.expectFirst(".evidence").text().isBlank());
    Document story = page(path(d.expectFirst("a.story-link")));
    assertEquals(SyntheticStages.STORY_TITLE, story.expectFirst("h1").text());
    assertEquals(stages.members().size(), story.select(".timeline-list li").size());
    assertEquals(stages.members().size(), story.select(".story-articles li a").size());
    assertNotNull(story.selectFirst("a.map-link[href=/map?story=" + SyntheticStages.STORY + "]"));
    assertEquals("/map/places.geojson?story=" + SyntheticStages.STORY, story.expectFirst("#map").attr("data-places"));
    Document stories = page("/stories");
    assertEquals(SyntheticStages.STORY_TITLE, stories.expectFirst(".stories a").text());

    Document before = page("/policies?asOf=2024-12-31");
    assertEquals("restricted", before.expectFirst(".policy-line .state strong").text());
    assertTrue(before.select(".reversal").isEmpty(), "no reversal before it happened");
    Document after = page("/policies?asOf=2025-03-10");
    assertEquals("lifted", after.expectFirst(".policy-line .state strong").text());
    assertEquals(1, after.select(".reversal-step").size());
    assertTrue(after.expectFirst(".reversal-step").text().contains("Reversal"));
    assertTrue(page("/policies?asOf=someday", 400).expectFirst(".problems").text().contains("someday"));
  }

  @Test
  void unconnectedStagesSayNotInThisBuild(@TempDir Path dir) {
    try (WebKit bare = WebKit.start(dir, false, (engine, web) -> web)) {
      WebKit saved = kit;
      kit = bare;
      try {
        Document article = page("/articles/" + stages.first().value());
        assertTrue(article.expectFirst(".policy-events").text().contains("not extracted in this build"));
        assertTrue(article.select(".brief, a.story-link").isEmpty());
        assertTrue(page("/stories/" + SyntheticStages.STORY).text().contains("not tracked in this build"));
        assertTrue(page("/stories").text().contains("not tracked in this build"));
        assertTrue(page("/policies").text().contains("not tracked in this build"));
      } finally {
        kit = saved;
      }
    }
  }

  @Test
  void hostileArticleRendersInert() {
    Document search = page("/?q=Zephyrine");
    assertEquals(1, total(search));
    assertInert(search);
    Element link = search.expectFirst(".hit h3 a");
    assertTrue(link.text().contains("<script>document.title='pwned-title'</script>"), link.text());
    Document article = page(path(link));
    assertInert(article);
    assertTrue(article.expectFirst("h1").text().contains("<img src=x onerror="), "markup in the title is text");
    assertTrue(article.expectFirst(".article-body").text().contains("<script>document.title='pwned-text'</script>"));
    assertTrue(article.expectFirst(".meta").text().contains("Synthetic <b>Wire</b>"));
    HttpResponse<String> raw = kit.get(path(link));
    assertFalse(raw.body().contains("<script>document"), "no raw script element in the page source");
    assertFalse(raw.body().contains("<img src=x"), "no raw image element in the page source");
  }

  /** No script but the UI's own files, no event-handler attribute, no javascript: URL anywhere. */
  private static void assertInert(Document d) {
    for (Element script : d.select("script")) {
      assertTrue(script.attr("src").startsWith("/assets/") && script.data().isEmpty(), script.outerHtml());
    }
    assertTrue(d.select("img, iframe, object, embed").isEmpty(), d.select("img, iframe, object, embed").outerHtml());
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), e.outerHtml());
        assertFalse(a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"), e.outerHtml());
      }
    }
  }

  @Test
  void unknownArticleIsAnHtmlNotFoundPage() {
    Document d = page("/articles/0123456789abcdef", 404);
    assertEquals("No such article", d.expectFirst("h1").text());
    assertEquals(404, kit.get("/articles/not-an-id").statusCode());
    assertEquals("Page not found", page("/no/such/page", 404).expectFirst("h1").text());
    HttpResponse<String> api = kit.get("/api/no-such-endpoint");
    assertEquals(404, api.statusCode());
    assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "the API stays JSON");
  }

  @Test
  void mapPageListsPlacesWithoutScriptAndServesTheirGeoJson() {
    Document d = page("/map?q=Porto");
    Element map = d.expectFirst("#map");
    assertTrue(map.attr("data-places").startsWith("/map/places.geojson?q=Porto"), map.outerHtml());
    assertTrue(d.expectFirst(".attribution").text().contains("GeoNames"));
    HttpResponse<String> geo = kit.get(map.attr("data-places"));
    assertEquals(200, geo.statusCode());
    assertTrue(geo.body().contains("\"type\":\"FeatureCollection\""), geo.body());
    assertEquals(404, kit.get("/map?article=0123456789abcdef").statusCode());
  }

  @Test
  void assetsComeFromTheJarWithTheirTypes() {
    for (String[] asset : new String[][] {
        {"/assets/guard.css", "text/css"}, {"/assets/guard.js", "text/javascript"}, {"/assets/map.js", "text/javascript"},
        {"/assets/leaflet/leaflet.js", "text/javascript"}, {"/assets/leaflet/leaflet.css", "text/css"}}) {
      HttpResponse<String> r = kit.get(asset[0]);
      assertEquals(200, r.statusCode(), asset[0]);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(asset[1]), asset[0]);
      assertFalse(r.body().isEmpty());
    }
    assertEquals(404, kit.get("/assets/nothing.js").statusCode());
    assertEquals(404, kit.get("/assets/WebUi.class").statusCode(), "only known asset types");
    // Parent steps are refused, by Jetty (400, ambiguous path) or by the asset name check (404).
    for (String sneaky : List.of("/assets/..%2Fweb%2FWebUi.class", "/assets/leaflet/..%2F..%2F..%2Fpom.xml",
        "/assets/leaflet/../../../../../io/uncrowned/guard/serve/web/WebUi.class")) {
      int status = kit.get(sneaky).statusCode();
      assertTrue(status == 400 || status == 404, sneaky + ": " + status);
    }
  }

  @Test
  void everyPageHasLandmarksASkipLinkAndLabelledFields() {
    for (String path : List.of("/", "/?q=Porto", "/map", "/policies", "/stories", "/articles/" + stages.first().value())) {
      Document d = page(path);
      assertEquals("#main", d.expectFirst("a.skip").attr("href"), path);
      assertNotNull(d.selectFirst("header.banner nav"), path);
      assertNotNull(d.selectFirst("main#main"), path);
      assertNotNull(d.selectFirst("meta[name=viewport]"), path);
      for (Element input : d.select("input:not([type=hidden])")) {
        assertNotNull(d.selectFirst("label[for=" + input.id() + "]"), path + ": " + input.outerHtml());
      }
    }
  }

  /** The path and query of a link on a page, as the kit's client takes it. */
  private static String path(Element link) {
    String href = link.attr("href");
    assertTrue(href.startsWith("/"), href);
    return href;
  }
}
