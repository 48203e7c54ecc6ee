package io.uncrowned.guard.collect;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.uncrowned.guard.article.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * Reads RSS and Atom feeds with Rome. Items that carry their content become HTML documents; items with only
 * a link are handed to the {@link LinkFollower}. DOCTYPEs are refused, so no entity, external or internal,
 * is ever expanded (no XXE, no entity-expansion bombs).
 */
final class FeedReader {
  private final LinkFollower follower;
  private final int maxLinks;

  FeedReader(LinkFollower follower, int maxLinks) {
    this.follower = follower;
    this.maxLinks = maxLinks;
  }

  void read(String name, byte[] xml, DocumentSink sink) {
    SyndFeed feed;
    try {
      feed = parse(xml);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      String why = HttpFetcher.describe(e);
      sink.problem(
          new Problem(
              name,
              why.contains("DOCTYPE is disallowed")
                  ? "refused: the feed declares a DOCTYPE, which is never processed (no entity expansion, no XXE)"
                  : "malformed feed: " + why));
      return;
    }
    if (feed.getEntries().isEmpty()) {
      sink.problem(new Problem(name, "feed holds no items"));
      return;
    }
    Instant fetchedAt = Instant.now();
    String source = blankToNull(feed.getTitle());
    int index = 0;
    int followed = 0;
    for (SyndEntry entry : feed.getEntries()) {
      String item = name + " item " + ++index;
      DocumentHints hints =
          new DocumentHints(blankToNull(entry.getTitle()), blankToNull(entry.getAuthor()), date(entry), source);
      URI link = link(entry);
      SyndContent content = content(entry);
      if (content != null) {
        BodyKind kind = isPlainText(content) ? BodyKind.TEXT : BodyKind.HTML;
        byte[] body = content.getValue().getBytes(StandardCharsets.UTF_8);
        sink.accept(new RawDocument(item, link, kind, body, "UTF-8", hints, fetchedAt));
      } else if (link != null && isHttp(link)) {
        if (followed++ >= maxLinks) {
          sink.problem(new Problem(item, "not fetched: over the limit of " + maxLinks + " links per feed"));
        } else {
          follower.follow(item, link, hints, sink);
        }
      } else {
        sink.problem(new Problem(item, "item has no content and no http(s) link"));
      }
    }
  }

  private static SyndFeed parse(byte[] xml) throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    // Rome's default already refuses DOCTYPEs; set it anyway so a changed default cannot open XXE.
    input.setAllowDoctypes(false);
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml), true)) {
      return input.build(reader);
    }
  }

  /** Full content first (content:encoded, Atom content), then the description or summary. */
  private static SyndContent content(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    SyndContent d = entry.getDescription();
    return d != null && d.getValue() != null && !d.getValue().isBlank() ? d : null;
  }

  private static boolean isPlainText(SyndContent c) {
    String t = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    return t.equals("text") || t.equals("text/plain");
  }

  private static URI link(SyndEntry entry) {
    for (String candidate : new String[] {entry.getLink(), entry.getUri()}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      try {
        URI u = new URI(candidate.strip());
        if (u.isAbsolute()) {
          return u;
        }
      } catch (URISyntaxException e) {
        // try the next candidate
      }
    }
    return null;
  }

  private static Instant date(SyndEntry entry) {
    Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return d == null ? null : d.toInstant();
  }

  static boolean isHttp(URI u) {
    String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
