package io.uncrowned.guard.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a document's raw bytes into text, trusting nothing it is told without checking the bytes.
 *
 * <p>Order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins; then the charset the transport
 * declared; then, for HTML, a {@code <meta charset>} or {@code http-equiv} declaration in the first bytes;
 * then statistical detection (juniversalchardet). Every declaration is verified by strict decoding, so a
 * page that says UTF-8 but holds Latin-1 bytes falls through to detection. Stateless and thread-safe.
 */
public final class TextDecoder {

  /**
   * Decoded text and how its charset was chosen.
   *
   * @param text the decoded text, without any byte-order mark
   * @param charset the charset used
   * @param how where the charset came from: "bom", "declared", "meta", "detected" or "fallback"
   */
  public record Decoded(String text, Charset charset, String how) {}

  private static final int META_PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decodes {@code body}; {@code declaredCharset} may be null, {@code html} enables the meta prescan. */
  public Decoded decode(byte[] body, String declaredCharset, boolean html) {
    Optional<Decoded> bom = fromBom(body);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Decoded> declared = verified(body, charsetNamed(declaredCharset), "declared");
    if (declared.isPresent()) {
      return declared.get();
    }
    if (html) {
      Optional<Decoded> meta = verified(body, charsetNamed(metaCharset(body)), "meta");
      if (meta.isPresent()) {
        return meta.get();
      }
    }
    return detect(body);
  }

  private static Optional<Decoded> fromBom(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(strip(b, 4, Charset.forName("UTF-32BE")));
    }
    // UTF-32 LE must be tested before UTF-16 LE: its mark begins with the same two bytes.
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(strip(b, 4, Charset.forName("UTF-32LE")));
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(strip(b, 3, StandardCharsets.UTF_8));
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return Optional.of(strip(b, 2, StandardCharsets.UTF_16BE));
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return Optional.of(strip(b, 2, StandardCharsets.UTF_16LE));
    }
    return Optional.empty();
  }

  private static Decoded strip(byte[] b, int bomLength, Charset cs) {
    return new Decoded(new String(b, bomLength, b.length - bomLength, cs), cs, "bom");
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A declaration is used only when the bytes decode strictly under it and look like text. */
  private static Optional<Decoded> verified(byte[] body, Charset cs, String how) {
    if (cs == null || (ByteSniffing.isWide(cs) && ByteSniffing.isUtf8WithoutNul(body))) {
      // A UTF-16/32 label on bytes that are NUL-free valid UTF-8 is wrong (HTML reads such a meta as UTF-8).
      return Optional.empty();
    }
    // Pages often declare Latin-1 or Windows-125x but are written in UTF-8; valid multi-byte UTF-8 sequences
    // are very unlikely in real single-byte text, so valid non-ASCII UTF-8 overrides such a declaration.
    if (isSingleByte(cs)
        && !ByteSniffing.isAscii(body)
        && ByteSniffing.strictDecode(body, StandardCharsets.UTF_8).isPresent()) {
      return Optional.of(new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, how));
    }
    return ByteSniffing.strictDecode(body, cs)
        .filter(TextDecoder::looksLikeText)
        .map(t -> new Decoded(t, cs, how));
  }

  private static Decoded detect(byte[] body) {
    Charset wide = ByteSniffing.utf16ByNulPattern(body);
    Optional<String> wideText =
        wide == null ? Optional.empty() : ByteSniffing.strictDecode(body, wide).filter(TextDecoder::looksLikeText);
    if (wideText.isPresent()) {
      return new Decoded(wideText.get(), wide, "detected");
    }
    if (ByteSniffing.isAscii(body) || ByteSniffing.strictDecode(body, StandardCharsets.UTF_8).isPresent()) {
      return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "detected");
    }
    if (ByteSniffing.mostlyUtf8(body)) {
      // A UTF-8 page with a stray bad byte (a pasted Windows quote) is still UTF-8: lose that byte, not the page.
      return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "detected");
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(body, 0, body.length);
    detector.dataEnd();
    Charset guess = charsetNamed(detector.getDetectedCharset());
    if (guess != null && ByteSniffing.isCyrillic(guess)) {
      guess = ByteSniffing.likeliestCyrillic(body, guess);
    }
    if (guess != null) {
      Optional<String> text = ByteSniffing.strictDecode(body, guess).filter(TextDecoder::looksLikeText);
      if (text.isPresent()) {
        return new Decoded(text.get(), guess, "detected");
      }
    }
    // Windows-1252 maps almost every byte, and Western text is the likeliest undeclared non-UTF-8 input.
    return new Decoded(new String(body, WINDOWS_1252), WINDOWS_1252, "fallback");
  }

  /** Sanity check: decoded text should hold few control characters (UTF-16 misread as ASCII holds many). */
  private static boolean looksLikeText(String s) {
    long controls =
        s.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    return controls * 100 <= s.length();
  }

  private static boolean isSingleByte(Charset cs) {
    return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f;
  }

  static String metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The charset a label names, or null when it is missing, malformed or unknown to this JVM. */
  static Charset charsetNamed(String label) {
    if (label == null) {
      return null;
    }
    String name = label.strip().replace("\"", "").replace("'", "");
    if (name.isEmpty()) {
      return null;
    }
    try {
      Charset cs = Charset.forName(name);
      // Browsers read a Latin-1 label as Windows-1252 (WHATWG Encoding); the 0x80-0x9F bytes are then
      // curly quotes and dashes rather than invisible C1 controls.
      return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : cs;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
