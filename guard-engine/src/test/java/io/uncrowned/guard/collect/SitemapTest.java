package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapTest {
  private static final CollectOptions LOCAL = CollectOptions.defaults().withAllowPrivateAddresses(true);
  @TempDir Path dir;

  @Test
  void sitemapUrlsAreFetchedWithTheirDates() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.page("/news/one", "text/html", "<p>Synthetic sitemap page one.</p>");
      server.page("/news/two", "text/plain", "Synthetic sitemap page two.");
      Path map =
          Files.writeString(
              dir.resolve("sitemap.xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                  + "<url><loc>" + server.url("/news/one") + "</loc><lastmod>2024-06-01</lastmod></url>"
                  + "<url><loc>" + server.url("/news/two") + "</loc></url>"
                  + "</urlset>");
      RecordingSink sink = new RecordingSink();
      new InputCollector(LOCAL).collect(map.toString(), sink);
      assertTrue(sink.problems.isEmpty(), sink.problemLines()::toString);
      assertEquals(2, sink.documents.size());
      assertEquals(server.url("/news/one"), sink.documents.get(0).url());
      assertEquals(Instant.parse("2024-06-01T00:00:00Z"), sink.documents.get(0).hints().published());
      assertEquals(BodyKind.TEXT, sink.documents.get(1).kind());
    }
  }

  @Test
  void sitemapWithExternalEntityIsRefusedAndNothingIsFetched() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "http://127.0.0.1:9/TOP-SECRET");
    Path map =
        Files.writeString(
            dir.resolve("sitemap.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [ <!ENTITY x SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&x;</loc></url></urlset>");
    RecordingSink sink = new RecordingSink();
    new InputCollector(LOCAL).collect(map.toString(), sink);
    assertTrue(sink.documents.isEmpty());
    assertEquals(1, sink.problems.size(), sink.problemLines()::toString);
    assertEquals(
        map + ": refused: the sitemap declares a DOCTYPE, which is never processed (no entity expansion, no XXE)",
        sink.problems.get(0).toString());
    assertTrue(!sink.problemLines().toString().contains("TOP-SECRET"), sink.problemLines()::toString);
  }

  @Test
  void sitemapIndexFromAUrlIsFollowedOneLevelWithinTheLinkLimit() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.page("/a", "text/html", "<p>Synthetic A.</p>").page("/b", "text/html", "<p>Synthetic B.</p>");
      server.page(
          "/child.xml",
          "application/xml",
          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + server.url("/a")
              + "</loc></url><url><loc>" + server.url("/b") + "</loc></url></urlset>");
      server.page(
          "/index.xml",
          "application/xml",
          "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
              + server.url("/child.xml") + "</loc></sitemap></sitemapindex>");
      RecordingSink sink = new RecordingSink();
      new InputCollector(LOCAL.withMaxLinksPerContainer(1)).collect(server.url("/index.xml").toString(), sink);
      assertEquals(List.of(server.url("/index.xml") + " sitemap 1 url 1"), sink.inputs());
      assertEquals(
          List.of(server.url("/index.xml") + " sitemap 1 url 2: not fetched: over the limit of 1 links per sitemap"),
          sink.problemLines());
    }
  }
}
