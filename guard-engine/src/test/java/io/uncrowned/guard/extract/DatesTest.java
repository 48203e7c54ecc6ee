package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void readsTheFormsPagesWrite() {
    assertEquals(at("2024-05-31T12:20:00Z"), Dates.parse("2024-05-31T14:20:00+02:00"));
    assertEquals(at("2024-05-31T12:20:00Z"), Dates.parse("2024-05-31T14:20:00+0200"));
    assertEquals(at("2024-05-31T14:20:00Z"), Dates.parse("2024-05-31T14:20:00Z"));
    assertEquals(at("2024-05-31T14:20:00.250Z"), Dates.parse("2024-05-31T14:20:00.25Z"));
    assertEquals(at("2024-05-31T14:20:00Z"), Dates.parse("2024-05-31 14:20:00"));
    assertEquals(at("2024-05-31T14:20:00Z"), Dates.parse("2024-05-31T14:20"));
    assertEquals(at("2024-05-31T00:00:00Z"), Dates.parse("2024-05-31"));
    assertEquals(at("2024-05-31T10:00:00Z"), Dates.parse("Fri, 31 May 2024 10:00:00 GMT"));
  }

  @Test
  void rejectsWhatIsNoDate() {
    assertTrue(Dates.parse("yesterday").isEmpty());
    assertTrue(Dates.parse("").isEmpty());
    assertTrue(Dates.parse(null).isEmpty());
    assertTrue(Dates.parse("2024-13-45").isEmpty());
    assertTrue(Dates.parse("0001-01-01T00:00:00Z").isEmpty(), "CMS placeholder");
    assertTrue(Dates.parse("9999-12-31").isEmpty());
  }

  @Test
  void findsDatesInUrlPaths() {
    assertEquals(at("2024-05-31T00:00:00Z"), Dates.fromUrl(URI.create("https://x.example/news/2024/05/31/story")));
    assertEquals(at("2024-05-31T00:00:00Z"), Dates.fromUrl(URI.create("https://x.example/2024/5/31/")));
    assertEquals(at("2024-05-31T00:00:00Z"), Dates.fromUrl(URI.create("https://x.example/a/2024-05-31-ferry-link")));
    assertEquals(at("2024-05-31T00:00:00Z"), Dates.fromUrl(URI.create("https://x.example/a/20240531/ferry")));
    assertEquals(at("2019-11-18T00:00:00Z"), Dates.fromUrl(URI.create("https://x.example/state/2019/nov/18/some-claim/")));
    assertEquals(at("2019-11-15T00:00:00Z"), Dates.fromUrl(URI.create("https://x.example/tuft-cells-20191115/")));
    assertTrue(Dates.fromUrl(URI.create("https://x.example/2024/02/30/x")).isEmpty());
    assertTrue(Dates.fromUrl(URI.create("https://x.example/story-4656421.html")).isEmpty());
    assertTrue(Dates.fromUrl(URI.create("https://x.example/item/123456789/")).isEmpty());
    assertTrue(Dates.fromUrl(null).isEmpty());
  }

  private static Optional<Instant> at(String iso) {
    return Optional.of(Instant.parse(iso));
  }
}
