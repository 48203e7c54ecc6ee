package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.uncrowned.guard.search.Facet;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SafeLinksTest {
  @Test
  void onlyWebUrlsAreLinks() {
    assertEquals("https://news.example/a", SafeLinks.web(URI.create("https://news.example/a")));
    assertEquals("HTTP://news.example/a", SafeLinks.web(URI.create("HTTP://news.example/a")));
    assertNull(SafeLinks.web(URI.create("javascript:alert(1)")));
    assertNull(SafeLinks.web(URI.create("data:text/html,hi")));
    assertNull(SafeLinks.web(URI.create("/relative/path")));
    assertNull(SafeLinks.web(null));
  }

  @Test
  void ingestTakesOnlyAbsoluteWebUrls() {
    assertEquals("https://news.example/a", IngestApi.webUrl(" https://news.example/a "));
    for (String bad : new String[] {"/etc/passwd", "file:///etc/passwd", "ftp://x.example/a", "http:///nohost", "a b"}) {
      assertEquals(400, assertThrows(ApiException.class, () -> IngestApi.webUrl(bad)).status(), bad);
    }
  }

  @Test
  void facetFiltersAreNamedInCamelCase() {
    assertEquals("country", SearchParams.parameter(Facet.COUNTRY));
    assertEquals("source", SearchParams.parameter(Facet.SOURCE));
  }
}
