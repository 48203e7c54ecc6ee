package io.uncrowned.guard.serve;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.store.StoredArticle;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Atom 1.0 feeds: {@code /feeds/search?q=…} (any search, with the API's filters; newest first when {@code q}
 * is blank) and {@code /feeds/story/{id}} (a story's articles). Entries link to the article's page on this
 * server. Article text is only ever written as XML text, so markup in an article stays inert.
 */
final class AtomFeeds implements Routes {
  static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";
  private static final int SUMMARY_CHARS = 400;
  private static final int MAX_STORY_ENTRIES = 100;
  /** A Host header we are willing to echo into links; anything else falls back to the listening address. */
  private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

  private final GuardEngine engine;
  private final StoryCatalog stories;
  private final Clock clock;

  AtomFeeds(GuardEngine engine, StoryCatalog stories, Clock clock) {
    this.engine = engine;
    this.stories = stories;
    this.clock = clock;
  }

  @Override
  public void register(Javalin app) {
    app.get("/feeds/search", this::searchFeed);
    app.get("/feeds/story/{id}", this::storyFeed);
  }

  private void searchFeed(Context ctx) {
    SearchRequest request = SearchParams.read(ctx, 20, SearchParams.MAX_LIMIT).withoutFacets();
    String base = base(ctx);
    List<SyndEntry> entries = new ArrayList<>();
    for (SearchHit hit : SearchApi.run(engine, request).hits()) {
      engine.article(hit.id()).ifPresent(a -> entries.add(entry(a, hit.snippet(), base)));
    }
    String self = base + "/feeds/search" + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String title = request.query().isEmpty() ? "Uncrowned Guard: latest articles" : "Uncrowned Guard: " + request.query();
    String query = ctx.queryString() == null ? "" : ctx.queryString();
    write(ctx, feed("urn:uncrowned-guard:search:" + URLEncoder.encode(query, StandardCharsets.UTF_8),
        title, self, entries));
  }

  private void storyFeed(Context ctx) {
    String id = ctx.pathParam("id");
    StoryCatalog.Detail story = stories.story(id).orElseThrow(() -> ApiException.notFound(
        stories.available() ? "no story " + id : "stories are not available in this build"));
    String base = base(ctx);
    List<SyndEntry> entries = new ArrayList<>();
    List<ArticleId> newestFirst = new ArrayList<>(story.articles());
    java.util.Collections.reverse(newestFirst);
    for (ArticleId a : newestFirst.subList(0, Math.min(MAX_STORY_ENTRIES, newestFirst.size()))) {
      engine.article(a).ifPresent(stored -> entries.add(entry(stored, "", base)));
    }
    String self = base + "/feeds/story/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    write(ctx, feed("urn:uncrowned-guard:story:" + URLEncoder.encode(id, StandardCharsets.UTF_8),
        "Uncrowned Guard story: " + story.summary().title(), self, entries));
  }

  private SyndFeed feed(String id, String title, String self, List<SyndEntry> entries) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setUri(id);
    feed.setTitle(title);
    feed.setLink(self);
    com.rometools.rome.feed.synd.SyndPerson author = new com.rometools.rome.feed.synd.SyndPersonImpl();
    author.setName("Uncrowned Guard");
    feed.setAuthors(List.of(author)); // Atom needs an author on the feed when entries may lack one
    Date updated = entries.stream().map(SyndEntry::getUpdatedDate).max(Date::compareTo)
        .orElse(Date.from(clock.instant()));
    feed.setPublishedDate(updated);
    feed.setEntries(entries);
    return feed;
  }

  private static SyndEntry entry(StoredArticle stored, String snippet, String base) {
    Article a = stored.article();
    SyndEntry e = new SyndEntryImpl();
    e.setUri("urn:uncrowned-guard:article:" + a.id().value());
    e.setTitle(a.title().isBlank() ? "(untitled)" : a.title());
    e.setLink(base + "/articles/" + a.id().value());
    Instant when = Optional.ofNullable(a.published()).orElse(stored.ingestedAt());
    e.setUpdatedDate(Date.from(when));
    e.setPublishedDate(a.published() == null ? null : Date.from(a.published()));
    e.setAuthor(a.byline() != null && !a.byline().isBlank() ? a.byline() : a.source());
    SyndContent summary = new SyndContentImpl();
    if (snippet != null && !snippet.isBlank()) {
      summary.setType("html"); // the snippet is escaped text with <b> marks, as search returns it
      summary.setValue(snippet);
    } else {
      summary.setType("text");
      String text = a.text().strip();
      summary.setValue(text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…");
    }
    e.setDescription(summary);
    return e;
  }

  private static void write(Context ctx, SyndFeed feed) {
    try {
      ctx.contentType(MEDIA_TYPE).result(new SyndFeedOutput().outputString(feed));
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
    }
  }

  private static String base(Context ctx) {
    String host = ctx.host();
    if (host == null || !SAFE_HOST.matcher(host).matches()) {
      host = ctx.req().getLocalAddr() + ":" + ctx.port();
    }
    return ctx.scheme() + "://" + host;
  }
}
