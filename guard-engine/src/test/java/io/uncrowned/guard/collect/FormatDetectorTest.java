package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  private Detection detect(String content, String name) {
    return detector.detect(content.getBytes(StandardCharsets.UTF_8), true, name);
  }

  private static Detection known(InputFormat f) {
    return new Detection.Known(f);
  }

  @Test
  void tellsFormatsByContentWhateverTheExtension() {
    assertEquals(known(InputFormat.RSS), detect("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", "a.html"));
    assertEquals(
        known(InputFormat.ATOM),
        detect("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>", "a.txt"));
    assertEquals(known(InputFormat.HTML), detect("<!DOCTYPE html><html><body><p>x</p></body></html>", "news.jsonl"));
    assertEquals(known(InputFormat.HTML), detect("\n  <html lang=\"en\"><p>x</p></html>", "feed.xml"));
    assertEquals(known(InputFormat.JSONL), detect("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "dump.txt"));
    assertEquals(known(InputFormat.WARC), detect("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.html"));
    assertEquals(known(InputFormat.TEXT), detect("Synthetic brief about a market in Ghent.\nSecond line.", "brief.html.bak"));
    assertEquals(
        known(InputFormat.SITEMAP),
        detect("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>", "x"));
  }

  @Test
  void gzipHoldingWarcIsWarcGzAndOtherGzipIsReadInside() throws IOException {
    assertEquals(known(InputFormat.WARC_GZ), detector.detect(gzip("WARC/1.0\r\nWARC-Type: response\r\n"), true, "x.bin"));
    assertEquals(new Detection.Known(InputFormat.HTML, true), detector.detect(gzip("<html></html>"), true, "page.gz"));
    assertEquals(new Detection.Known(InputFormat.HTML, true), detector.detect(gzip("Some words."), true, "page.html.gz"));
    assertEquals(new Detection.Refused(FormatDetector.BINARY), detector.detect(gzip("\0\1\2junk"), true, "x.gz"));
  }

  @Test
  void byteOrderMarksAreLookedPast() {
    byte[] utf8 = ("\ufeff<rss version=\"2.0\"></rss>").getBytes(StandardCharsets.UTF_8);
    assertEquals(known(InputFormat.RSS), detector.detect(utf8, true, null));
    byte[] utf16 = ("\ufeff<html><body>x</body></html>").getBytes(StandardCharsets.UTF_16BE);
    assertEquals(known(InputFormat.HTML), detector.detect(utf16, true, null));
  }

  @Test
  void extensionOnlyBreaksTies() {
    // Text with no tags: plain text, unless the name says it is an HTML page.
    assertEquals(known(InputFormat.TEXT), detect("Just words.", "note"));
    assertEquals(known(InputFormat.HTML), detect("Just words.", "note.html"));
    // A first line that starts an object but a second that does not: JSON Lines only by name.
    assertEquals(known(InputFormat.TEXT), detect("{curly} opening\nplain second line\n", "notes.txt"));
    assertEquals(known(InputFormat.JSONL), detect("{\"a\":1}\nnot json\n", "data.jsonl"));
    // A pretty-printed JSON document is one problem, not one per line.
    assertEquals(
        new Detection.Refused("a JSON document over several lines, not JSON Lines (one object per line)"),
        detect("{\n  \"documents\": 37,\n  \"items\": []\n}\n", "expected.json"));
    // A bad line among good ones does not make a JSON Lines file plain text.
    assertEquals(known(InputFormat.JSONL), detect("{\"a\":1}\n[1]\n{\"a\":2}\n", "data"));
    // A first line longer than the head is cut off; its opening key still tells.
    String longLine = "{\"html\": \"" + "x".repeat(FormatDetector.HEAD_BYTES) + "\"}\n";
    assertEquals(known(InputFormat.JSONL), detector.detect(longLine.substring(0, 100).getBytes(StandardCharsets.UTF_8), false, "d"));
  }

  @Test
  void refusesEmptyBinaryAndUnknownXml() {
    assertEquals(new Detection.Refused("empty, nothing to read"), detector.detect(new byte[0], true, "x"));
    assertEquals(new Detection.Refused("empty, only whitespace"), detect(" \n\t\n", "x"));
    assertEquals(
        new Detection.Refused(FormatDetector.BINARY),
        detector.detect(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2}, true, "archive.html"));
    assertEquals(
        new Detection.Refused("XML with root element <invoice>, not RSS, Atom or a sitemap"),
        detect("<?xml version=\"1.0\"?><invoice><total>3</total></invoice>", "a.xml"));
    assertEquals(
        new Detection.Refused("a <feed> element without the Atom namespace, not a supported format"),
        detect("<?xml version=\"1.0\"?><feed><title>t</title></feed>", "a.xml"));
  }

  @Test
  void looksPastDoctypeWithInternalSubset() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY x SYSTEM \"file:///etc/hostname\"> ]>\n<rss><channel/></rss>";
    assertEquals(known(InputFormat.RSS), detect(xxe, "feed.xml"));
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
