package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset decoding; every fixture is made here from a Java string with {@code getBytes(charset)}. */
class TextDecoderTest {
  // Synthetic sample texts written for these tests.
  private static final String RUSSIAN =
      "Городской совет Харькова утвердил новый план восстановления школ и больниц. "
          + "Работы начнутся весной, сообщила пресс-служба вымышленной компании «Северный мост».";
  private static final String FRENCH =
      "Le conseil municipal a voté jeudi un budget élevé pour les écoles; l'été prochain, "
          + "les travaux débuteront à Lyon, a précisé la société fictive Pâquerette Énergie.";
  private static final String GERMAN = "Die Straßenbahn fährt über die Brücke nach Köln, sagte die erfundene Firma Grünwerk.";

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void detectsUndeclaredWindows1251Cyrillic() {
    byte[] bytes = RUSSIAN.getBytes(Charset.forName("windows-1251"));
    TextDecoder.Decoded d = decoder.decode(bytes, null, false);
    assertEquals(RUSSIAN, d.text());
    assertEquals("windows-1251", d.charset().name());
  }

  @Test
  void shortUkrainianWindows1251IsNotTakenForMacCyrillic() {
    String ukrainian = "Шановні колеги, засідання вигаданої ради відбудеться у четвер о 10:00 у великій залі.";
    TextDecoder.Decoded d = decoder.decode(ukrainian.getBytes(Charset.forName("windows-1251")), null, false);
    assertEquals(ukrainian, d.text());
  }

  @Test
  void detectsUndeclaredKoi8r() {
    String text = "Пример текста в кодировке для проверки детектора: вымышленная фирма открыла склад.";
    assertEquals(text, decoder.decode(text.getBytes(Charset.forName("KOI8-R")), null, false).text());
  }

  @Test
  void honoursAMetaCharsetThatMatchesTheBytes() {
    String html = "<html><head><meta charset=\"windows-1251\"><title>т</title></head><body><p>" + RUSSIAN + "</p>";
    TextDecoder.Decoded d = decoder.decode(html.getBytes(Charset.forName("windows-1251")), null, true);
    assertEquals(html, d.text());
    assertEquals("meta", d.how());
  }

  @Test
  void honoursHttpEquivContentType() {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><p>"
            + RUSSIAN.replace('«', '"').replace('»', '"'); // KOI8-R has no guillemets
    assertEquals(html, decoder.decode(html.getBytes(Charset.forName("KOI8-R")), null, true).text());
  }

  @Test
  void readsUtf16WithEitherByteOrderMark() {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] bytes = withBom(("\uFEFF" + FRENCH).getBytes(cs));
      TextDecoder.Decoded d = decoder.decode(bytes, "iso-8859-1", true);
      assertEquals(FRENCH, d.text(), cs.name());
      assertEquals("bom", d.how());
    }
  }

  @Test
  void readsUtf16WithoutAMarkFromItsNulPattern() {
    assertEquals(GERMAN, decoder.decode(GERMAN.getBytes(StandardCharsets.UTF_16LE), null, false).text());
    assertEquals(GERMAN, decoder.decode(GERMAN.getBytes(StandardCharsets.UTF_16BE), null, true).text());
  }

  @Test
  void readsUtf8AndUtf32ByteOrderMarks() {
    assertEquals(GERMAN, decoder.decode(("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_8), null, false).text());
    assertEquals(GERMAN, decoder.decode(("\uFEFF" + GERMAN).getBytes(Charset.forName("UTF-32LE")), null, false).text());
    assertEquals(GERMAN, decoder.decode(("\uFEFF" + GERMAN).getBytes(Charset.forName("UTF-32BE")), null, false).text());
  }

  @Test
  void latin1MislabelledAsUtf8FallsBackToDetection() {
    byte[] bytes = FRENCH.getBytes(StandardCharsets.ISO_8859_1);
    TextDecoder.Decoded d = decoder.decode(bytes, "UTF-8", false);
    assertEquals(FRENCH, d.text());
    String html = "<html><head><meta charset=utf-8></head><body><p>" + GERMAN + "</p></body></html>";
    assertEquals(html, decoder.decode(html.getBytes(StandardCharsets.ISO_8859_1), "utf-8", true).text());
  }

  @Test
  void utf8MislabelledAsLatin1IsReadAsUtf8() {
    byte[] bytes = FRENCH.getBytes(StandardCharsets.UTF_8);
    assertEquals(FRENCH, decoder.decode(bytes, "ISO-8859-1", false).text());
    assertEquals(RUSSIAN, decoder.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8), "windows-1251", false).text());
  }

  @Test
  void undeclaredUtf8AndAsciiAreUtf8() {
    assertEquals(GERMAN, decoder.decode(GERMAN.getBytes(StandardCharsets.UTF_8), null, false).text());
    assertEquals("plain", decoder.decode("plain".getBytes(StandardCharsets.US_ASCII), null, true).text());
  }

  @Test
  void utf8WithOneStrayByteStaysUtf8() {
    byte[] good = RUSSIAN.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0x93; // a lone Windows-1252 curly quote
    assertEquals(RUSSIAN + "\uFFFD", decoder.decode(bytes, null, false).text());
  }

  @Test
  void aUtf16LabelOnUtf8BytesIsWrong() {
    String html = "<html><head><meta charset=utf-16></head><body><p>" + FRENCH + "</p></body></html>";
    assertEquals(html, decoder.decode(html.getBytes(StandardCharsets.UTF_8), "UTF-16", true).text());
    byte[] realUtf16 = FRENCH.getBytes(StandardCharsets.UTF_16LE);
    assertEquals(FRENCH, decoder.decode(realUtf16, "utf-16le", false).text());
  }

  @Test
  void unknownOrMalformedDeclarationsAreIgnored() {
    byte[] bytes = GERMAN.getBytes(StandardCharsets.UTF_8);
    assertEquals(GERMAN, decoder.decode(bytes, "no-such-charset", false).text());
    assertEquals(GERMAN, decoder.decode(bytes, "\"utf 8?!\"", false).text());
  }

  @Test
  void latin1LabelMeansWindows1252() {
    String quoted = "\u201CQuoted\u201D \u2014 said the fictional Ms. Lindqvist, caf\u00e9 owner.";
    byte[] bytes = quoted.getBytes(Charset.forName("windows-1252"));
    assertEquals(quoted, decoder.decode(bytes, "iso-8859-1", false).text());
  }

  private static byte[] withBom(byte[] alreadyWithBom) {
    return ByteBuffer.wrap(alreadyWithBom).array();
  }
}
