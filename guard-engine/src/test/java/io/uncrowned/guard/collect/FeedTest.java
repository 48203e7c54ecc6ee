package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedTest {
  @TempDir Path dir;

  private static RecordingSink collect(InputCollector collector, Path file) {
    RecordingSink sink = new RecordingSink();
    collector.collect(file.toString(), sink);
    return sink;
  }

  @Test
  void rssItemsWithContentBecomeHtmlDocumentsWithHints() throws IOException {
    Path feed = Fixtures.copy("rss-with-content.xml", dir, "harbour.xml");
    RecordingSink sink = collect(new InputCollector(CollectOptions.defaults()), feed);
    assertTrue(sink.problems.isEmpty(), sink.problemLines()::toString);
    assertEquals(List.of(feed + " item 1", feed + " item 2"), sink.inputs());

    RawDocument first = sink.documents.get(0);
    assertEquals(BodyKind.HTML, first.kind());
    assertEquals(URI.create("https://harbour-ledger.example/ferry-resumes"), first.url());
    assertEquals("Ferry service resumes between Split and Hvar", first.hints().title());
    assertEquals("Mira Oblak", first.hints().byline());
    assertEquals("Harbour Ledger", first.hints().source());
    assertEquals(Instant.parse("2024-06-04T08:30:00Z"), first.hints().published());
    // content:encoded wins over the short description.
    assertTrue(sink.body(0).startsWith("<p>The Coastal Lines Cooperative said"), sink.body(0));
    // An item with only a description uses it.
    assertEquals("<p>The Adriatic Berth Authority set new mooring limits for Split.</p>", sink.body(1));
  }

  @Test
  void atomEntriesWithContentBecomeHtmlDocuments() throws IOException {
    Path feed = Fixtures.copy("atom-with-content.xml", dir, "valley.atom");
    RecordingSink sink = collect(new InputCollector(CollectOptions.defaults()), feed);
    assertTrue(sink.problems.isEmpty(), sink.problemLines()::toString);
    RawDocument entry = sink.documents.get(0);
    assertEquals(URI.create("https://valley-courier.example/orchard-union"), entry.url());
    assertEquals("Orchard growers form a new union in Lleida", entry.hints().title());
    assertEquals("Ander Sollé", entry.hints().byline());
    assertEquals("Valley Courier", entry.hints().source());
    assertEquals(Instant.parse("2024-06-06T09:15:00Z"), entry.hints().published());
    assertEquals("<p>Members of the Segre Fruit Circle voted to form a union.</p>", sink.body(0));
  }

  @Test
  void linkOnlyItemsAreFetched() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server
          .page("/story-one", "text/html; charset=ISO-8859-1", "<html><body><p>Synthetic story one.</p></body></html>")
          .status("/gone", 404);
      Path feed = Files.writeString(dir.resolve("links.rss"), linkOnlyFeed(server.url("/story-one"), server.url("/gone")));
      InputCollector collector = new InputCollector(CollectOptions.defaults().withAllowPrivateAddresses(true));
      RecordingSink sink = collect(collector, feed);

      assertEquals(List.of(feed + " item 1"), sink.inputs());
      RawDocument page = sink.documents.get(0);
      assertEquals(server.url("/story-one"), page.url());
      assertEquals("ISO-8859-1", page.declaredCharset());
      assertEquals("Story one", page.hints().title());
      assertEquals("Linked Wire", page.hints().source());
      assertEquals(List.of(feed + " item 2 (" + server.url("/gone") + "): HTTP status 404"), sink.problemLines());
    }
  }

  @Test
  void linkOnlyItemsToPrivateAddressesAreRefusedByDefault() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.page("/story-one", "text/html", "<p>Synthetic story one.</p>");
      Path feed = Files.writeString(dir.resolve("links.rss"), linkOnlyFeed(server.url("/story-one"), server.url("/x")));
      RecordingSink sink = collect(new InputCollector(CollectOptions.defaults()), feed);
      assertTrue(sink.documents.isEmpty());
      assertEquals(2, sink.problems.size());
      assertTrue(sink.problems.get(0).reason().startsWith("refused: host 127.0.0.1 resolves to non-public address"));
      assertTrue(server.userAgents.isEmpty(), "the server must never have been contacted");
    }
  }

  @Test
  void malformedXmlIsOneProblemNamingTheFile() throws IOException {
    Path feed = Fixtures.copy("malformed.xml", dir, "broken.xml");
    RecordingSink sink = collect(new InputCollector(CollectOptions.defaults()), feed);
    assertTrue(sink.documents.isEmpty());
    assertEquals(1, sink.problems.size());
    assertEquals(feed.toString(), sink.problems.get(0).input());
    assertTrue(sink.problems.get(0).reason().startsWith("malformed feed: "), sink.problems.get(0).reason());
  }

  @Test
  void externalEntitiesAreNeverExpanded() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7f3a");
    for (String entity :
        List.of(
            "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">",
            "<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;",
            "<!ENTITY xxe \"inline expansion\">")) {
      String xml =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ "
              + entity
              + " ]>\n<rss version=\"2.0\"><channel><title>Synthetic &xxe;</title><item><title>t</title>"
              + "<description>&xxe; body</description></item></channel></rss>";
      Path feed = Files.writeString(dir.resolve("xxe.xml"), xml);
      RecordingSink sink = collect(new InputCollector(CollectOptions.defaults()), feed);
      for (RawDocument d : sink.documents) {
        assertFalse(new String(d.body(), StandardCharsets.UTF_8).contains("TOP-SECRET"));
        assertFalse(String.valueOf(d.hints()).contains("TOP-SECRET"));
      }
      assertFalse(sink.problemLines().toString().contains("TOP-SECRET"));
      // Refused outright: a DOCTYPE is never processed.
      assertTrue(sink.documents.isEmpty());
      assertEquals(1, sink.problems.size());
      assertEquals(
          "refused: the feed declares a DOCTYPE, which is never processed (no entity expansion, no XXE)",
          sink.problems.get(0).reason());
    }
  }

  @Test
  void feedWithNoItemsIsAProblem() throws IOException {
    Path feed = Files.writeString(dir.resolve("empty.rss"), "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    assertEquals(List.of(feed + ": feed holds no items"), collect(new InputCollector(CollectOptions.defaults()), feed).problemLines());
  }

  private static String linkOnlyFeed(URI first, URI second) {
    return "<?xml version=\"1.0\"?>\n<!-- Synthetic fixture -->\n<rss version=\"2.0\"><channel><title>Linked Wire</title>"
        + "<item><title>Story one</title><link>" + first + "</link></item>"
        + "<item><title>Story two</title><link>" + second + "</link></item>"
        + "</channel></rss>";
  }
}
