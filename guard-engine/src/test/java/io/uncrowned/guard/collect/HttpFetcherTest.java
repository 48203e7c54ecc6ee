package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static final CollectOptions LOCAL = CollectOptions.defaults().withAllowPrivateAddresses(true);

  @Test
  void fetchesAPageWithItsCharsetAndOurUserAgent() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/p", "text/html; charset=\"UTF-8\"", "<p>Synthetic page.</p>");
      FetchedPage page = new HttpFetcher(LOCAL.withUserAgent("GuardTest/1")).fetch(server.url("/p"));
      assertEquals("text/html", page.mediaType());
      assertEquals("UTF-8", page.charset());
      assertEquals("<p>Synthetic page.</p>", new String(page.body(), StandardCharsets.UTF_8));
      assertEquals(List.of("GuardTest/1"), server.userAgents);
    }
  }

  @Test
  void decodesGzipContentEncoding() throws Exception {
    byte[] plain = "<p>Synthetic compressed page.</p>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(plain);
    }
    try (LocalServer server = new LocalServer()) {
      server.server.createContext(
          "/gz",
          ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, gz.toByteArray());
          });
      assertArrayEquals(plain, new HttpFetcher(LOCAL).fetch(server.url("/gz")).body());
    }
  }

  @Test
  void followsRedirectsAndStopsLoopsAndLongChains() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.redirect("/hop", "/final").page("/final", "text/plain", "Synthetic text.");
      server.redirect("/loop-a", "/loop-b").redirect("/loop-b", "/loop-a");
      for (int i = 0; i < 8; i++) {
        server.redirect("/chain" + i + "/", "/chain" + (i + 1) + "/");
      }
      HttpFetcher fetcher = new HttpFetcher(LOCAL.withMaxRedirects(3));
      assertEquals(server.url("/final"), fetcher.fetch(server.url("/hop")).url());

      FetchException loop = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/loop-a")));
      assertEquals(
          "redirect loop: " + server.url("/loop-b") + " leads back to " + server.url("/loop-a"), loop.getMessage());
      assertEquals(server.url("/loop-a"), loop.url());

      FetchException chain = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/chain0/")));
      assertEquals("too many redirects (more than 3)", chain.getMessage());
    }
  }

  @Test
  void errorStatusCarriesItsCode() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.status("/missing", 404).status("/broken", 503);
      HttpStatusException e = assertThrows(HttpStatusException.class, () -> new HttpFetcher(LOCAL).fetch(server.url("/missing")));
      assertEquals(404, e.statusCode());
      assertEquals("HTTP status 404", e.getMessage());
      assertEquals(503, assertThrows(HttpStatusException.class, () -> new HttpFetcher(LOCAL).fetch(server.url("/broken"))).statusCode());
    }
  }

  @Test
  void unreachableHostIsAClearProblem() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/news";
    RecordingSink sink = new RecordingSink();
    new InputCollector(LOCAL).collect(url, sink);
    assertEquals(List.of(url + ": unreachable: could not connect to 127.0.0.1:" + closedPort), sink.problemLines());
  }

  @Test
  void unknownHostsAndOtherSchemesAreNamed() throws Exception {
    HttpFetcher fetcher = new HttpFetcher(LOCAL);
    URI unknown = URI.create("http://no-such-host.invalid/news");
    assertEquals("unknown host no-such-host.invalid", assertThrows(FetchException.class, () -> fetcher.fetch(unknown)).getMessage());
    try (LocalServer server = new LocalServer()) {
      server.redirect("/to-file", "file:///etc/passwd");
      FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/to-file")));
      assertEquals("not an http(s) URL: file:///etc/passwd", e.getMessage());
    }
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowed() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.page("/p", "text/html", "<p>internal</p>");
      RecordingSink sink = new RecordingSink();
      InputCollector collector = new InputCollector(CollectOptions.defaults());
      collector.collect(server.url("/p").toString(), sink);
      collector.collect("http://169.254.169.254/latest/meta-data/", sink);
      collector.collect("http://[::1]:8080/", sink);
      assertEquals(
          List.of(
              server.url("/p") + ": refused: host 127.0.0.1 resolves to non-public address 127.0.0.1 (private addresses are not allowed)",
              "http://169.254.169.254/latest/meta-data/: refused: host 169.254.169.254 resolves to non-public address 169.254.169.254 (private addresses are not allowed)",
              "http://[::1]:8080/: refused: host [::1] resolves to non-public address 0:0:0:0:0:0:0:1 (private addresses are not allowed)"),
          sink.problemLines());
      assertTrue(server.userAgents.isEmpty());
    }
  }

  @Test
  void redirectToAPrivateAddressIsRefusedAtTheHop() throws Exception {
    // The local server plays a public site (loopback allowed) that redirects to an internal address: the
    // policy must be applied again to the hop, not only to the URL first asked for.
    try (LocalServer server = new LocalServer()) {
      server.redirect("/out", "http://10.0.0.1/admin");
      FetchException e =
          assertThrows(FetchException.class, () -> new HttpFetcherWithPublicLoopback().fetch(server.url("/out")));
      assertEquals("refused: host 10.0.0.1 resolves to non-public address 10.0.0.1 (private addresses are not allowed)", e.getMessage());
    }
  }

  @Test
  void bodyOverTheLimitIsRefused() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/big", "text/html", "<p>" + "x".repeat(5000) + "</p>");
      FetchException e =
          assertThrows(FetchException.class, () -> new HttpFetcher(LOCAL.withMaxDocumentBytes(1000)).fetch(server.url("/big")));
      assertEquals("body of 5007 bytes is over the limit of 1000 bytes", e.getMessage());
    }
  }

  @Test
  void chunkedBodyOverTheLimitIsCutOff() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.server.createContext(
          "/endless",
          ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            try (var out = ex.getResponseBody()) {
              for (int i = 0; i < 100; i++) {
                out.write(new byte[1024]);
              }
            } catch (IOException e) {
              // the client hung up, as it should
            }
          });
      FetchException e =
          assertThrows(FetchException.class, () -> new HttpFetcher(LOCAL.withMaxDocumentBytes(10_000)).fetch(server.url("/endless")));
      assertEquals("body is over the limit of 10000 bytes", e.getMessage());
    }
  }

  @Test
  void bodyThatStallsAfterTheHeadersTimesOut() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.server.createContext(
          "/stall",
          ex -> {
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
              out.write("<p>first bytes".getBytes(StandardCharsets.UTF_8));
              out.flush();
              Thread.sleep(1000);
            } catch (IOException | InterruptedException e) {
              // the client gave up
            }
          });
      HttpFetcher fetcher = new HttpFetcher(LOCAL.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
      FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/stall")));
      assertEquals("timed out after 300 ms", e.getMessage());
    }
  }

  @Test
  void slowServerTimesOut() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.server.createContext(
          "/slow",
          ex -> {
            try {
              Thread.sleep(1000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            LocalServer.send(ex, 200, new byte[] {'x'});
          });
      HttpFetcher fetcher = new HttpFetcher(LOCAL.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
      FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/slow")));
      assertTrue(e.getMessage().startsWith("timed out"), e.getMessage());
    }
  }

  @Test
  void urlInputsAreReadByContent() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.page("/feed", "application/octet-stream", Fixtures.bytes("rss-with-content.xml"));
      server.page("/page", "text/html; charset=UTF-8", Fixtures.bytes("page.htm.txt"));
      RecordingSink sink = new RecordingSink();
      InputCollector collector = new InputCollector(LOCAL);
      collector.collect(server.url("/feed").toString(), sink);
      collector.collect(server.url("/page").toString(), sink);
      assertTrue(sink.problems.isEmpty(), sink.problemLines()::toString);
      assertEquals(
          List.of(server.url("/feed") + " item 1", server.url("/feed") + " item 2", server.url("/page").toString()),
          sink.inputs());
      RawDocument page = sink.documents.get(2);
      assertEquals(server.url("/page"), page.url());
      assertEquals("UTF-8", page.declaredCharset());
    }
  }

  /** Treats 127.0.0.1 as public so a local server can stand in for a public site that redirects inward. */
  private static final class HttpFetcherWithPublicLoopback {
    FetchedPage fetch(URI url) throws FetchException {
      return new HttpFetcher(CollectOptions.defaults(), a -> !a.isLoopbackAddress() && AddressPolicy.isNonPublic(a))
          .fetch(url);
    }
  }
}
