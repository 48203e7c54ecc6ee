package io.uncrowned.guard.collect;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import io.uncrowned.guard.article.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

/**
 * Reads a sitemap ({@code urlset}) or a sitemap index with crawler-commons and fetches the pages it lists,
 * at most {@code maxLinks} per input. An index's child sitemaps are fetched one level deep.
 */
final class SitemapReader {
  private final HttpFetcher fetcher;
  private final LinkFollower follower;
  private final int maxLinks;

  SitemapReader(HttpFetcher fetcher, LinkFollower follower, int maxLinks) {
    this.fetcher = fetcher;
    this.follower = follower;
    this.maxLinks = maxLinks;
  }

  /** @param base the sitemap's own URL, or null for a local file, which {@code name} then names */
  void read(String name, byte[] xml, URI base, DocumentSink sink) {
    AbstractSiteMap map = parse(name, xml, base, sink);
    if (map == null) {
      return;
    }
    int[] budget = {maxLinks};
    if (map instanceof SiteMapIndex index) {
      int n = 0;
      for (AbstractSiteMap child : index.getSitemaps()) {
        readChild(name + " sitemap " + ++n, child.getUrl(), budget, sink);
      }
    } else {
      followAll(name, (SiteMap) map, budget, sink);
    }
  }

  private void readChild(String name, URL url, int[] budget, DocumentSink sink) {
    try {
      FetchedPage page = fetcher.fetch(url.toURI());
      AbstractSiteMap child = parse(name, page.body(), page.url(), sink);
      if (child instanceof SiteMap map) {
        followAll(name, map, budget, sink);
      } else if (child != null) {
        sink.problem(new Problem(name, "nested sitemap index not followed"));
      }
    } catch (FetchException e) {
      sink.problem(new Problem(name + " (" + url + ")", e.getMessage()));
    } catch (URISyntaxException e) {
      sink.problem(new Problem(name, "malformed sitemap URL " + url));
    }
  }

  private void followAll(String name, SiteMap map, int[] budget, DocumentSink sink) {
    int n = 0;
    for (SiteMapURL entry : map.getSiteMapUrls()) {
      String where = name + " url " + ++n;
      if (budget[0]-- <= 0) {
        sink.problem(new Problem(where, "not fetched: over the limit of " + maxLinks + " links per sitemap"));
        return;
      }
      try {
        URI url = entry.getUrl().toURI();
        Date modified = entry.getLastModified();
        Instant published = modified == null ? null : modified.toInstant();
        follower.follow(where, url, new DocumentHints(null, null, published, null), sink);
      } catch (URISyntaxException e) {
        sink.problem(new Problem(where, "malformed URL " + entry.getUrl()));
      }
    }
  }

  private static AbstractSiteMap parse(String name, byte[] xml, URI base, DocumentSink sink) {
    // Lenient: a local sitemap's URLs are not under its own location, which strict mode would demand.
    SiteMapParser parser = new SiteMapParser(false);
    parser.setAllowDocTypeDefinitions(false);
    try {
      URL url = base != null ? base.toURL() : Path.of(name).toAbsolutePath().toUri().toURL();
      return parser.parseSiteMap("text/xml", xml, url);
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      // crawler-commons wraps the parser's own message, which says what is wrong, in "Failed to parse <url>".
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String why = HttpFetcher.describe(root);
      sink.problem(
          new Problem(
              name,
              why.contains("DOCTYPE is disallowed")
                  ? "refused: the sitemap declares a DOCTYPE, which is never processed (no entity expansion, no XXE)"
                  : "malformed sitemap: " + why));
      return null;
    }
  }

}
