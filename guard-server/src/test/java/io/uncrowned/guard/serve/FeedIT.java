package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.uncrowned.guard.article.ArticleId;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atom feeds of a search and of a story, parsed back as Atom 1.0. */
class FeedIT {
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path data;

  /** A catalog holding one story made of the given articles. */
  private static StoryCatalog oneStory(List<ArticleId> articles) {
    StoryCatalog.Summary summary = new StoryCatalog.Summary("s1", "Synthetic story: lithium licences",
        Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), articles.size(), articles.size());
    StoryCatalog.Detail detail = new StoryCatalog.Detail(summary, articles, List.of(), List.of(), List.of(), List.of());
    return new StoryCatalog() {
      @Override
      public List<StoryCatalog.Summary> stories(Instant since, int limit) {
        return List.of(summary);
      }

      @Override
      public Optional<StoryCatalog.Detail> story(String id) {
        return id.equals("s1") ? Optional.of(detail) : Optional.empty();
      }
    };
  }

  @Test
  void searchAndStoryFeedsAreAtomWithTheRequiredElements() throws Exception {
    List<ArticleId> story = new java.util.ArrayList<>();
    StoryCatalog catalog = new StoryCatalog() {
      @Override
      public List<Summary> stories(Instant since, int limit) {
        return oneStory(story).stories(since, limit);
      }

      @Override
      public Optional<Detail> story(String id) {
        return oneStory(story).story(id);
      }
    };
    try (ServerKit kit = ServerKit.start(data, List.of(ServerKit.sampleCorpus().toString()), b -> b.stories(catalog))) {
      for (JsonNode h : json.readTree(kit.get("/api/search?q=lithium&limit=3").body()).get("hits")) {
        story.add(new ArticleId(h.get("id").asText()));
      }
      Feed search = atom(kit.get("/feeds/search?q=lithium&limit=5"));
      assertTrue(search.getTitle().contains("lithium"));
      assertFalse(search.getEntries().isEmpty());
      Feed storyFeed = atom(kit.get("/feeds/story/s1"));
      assertEquals(story.size(), storyFeed.getEntries().size());
      assertTrue(storyFeed.getTitle().contains("Synthetic story"));
      HttpResponse<String> missing = kit.get("/feeds/story/nope");
      assertEquals(404, missing.statusCode());
      assertEquals(1, json.readTree(kit.get("/api/stories").body()).get("stories").size());
      assertEquals(story.size(), json.readTree(kit.get("/api/stories/s1").body()).get("articles").size());
    }
  }

  @Test
  void aBlankSearchFeedListsTheLatestArticles() throws Exception {
    try (ServerKit kit = ServerKit.start(data, List.of(ServerKit.sampleCorpus().toString()), List.of())) {
      Feed latest = atom(kit.get("/feeds/search"));
      assertEquals(20, latest.getEntries().size());
      Instant previous = Instant.MAX;
      for (Entry e : latest.getEntries()) {
        Instant updated = e.getUpdated().toInstant();
        assertFalse(updated.isAfter(previous), "newest first");
        previous = updated;
      }
    }
  }

  /** Parses the response as Atom and checks what RFC 4287 requires of the feed and of each entry. */
  private static Feed atom(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    WireFeedInput input = new WireFeedInput();
    input.setXmlHealerOn(false);
    WireFeed wire = input.build(new StringReader(r.body()));
    assertEquals("atom_1.0", wire.getFeedType());
    Feed feed = (Feed) wire;
    assertNotNull(feed.getId());
    assertNotNull(feed.getTitle());
    assertNotNull(feed.getUpdated());
    assertFalse(feed.getAuthors().isEmpty(), "a feed author stands in for entries without one");
    for (Entry e : feed.getEntries()) {
      assertTrue(e.getId().startsWith("urn:uncrowned-guard:article:"), e.getId());
      assertFalse(e.getTitle().isBlank());
      assertNotNull(e.getUpdated());
      Link link = e.getAlternateLinks().get(0);
      assertTrue(link.getHref().matches("http://[^/]+/articles/[0-9a-f]{16}"), link.getHref());
    }
    return feed;
  }
}
