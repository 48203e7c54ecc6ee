package io.uncrowned.guard.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
  private static final int MIN_UTF8_SEQUENCES = 3;
  private static final int UTF8_MAJORITY = 10;

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
    if (cs == null || (isWide(cs) && isUtf8WithoutNul(body))) {
      // A UTF-16/32 label on bytes that are NUL-free valid UTF-8 is wrong (HTML reads such a meta as UTF-8).
      return Optional.empty();
    }
    // Pages often declare Latin-1 or Windows-125x but are written in UTF-8; valid multi-byte UTF-8 sequences
    // are very unlikely in real single-byte text, so valid non-ASCII UTF-8 overrides such a declaration.
    if (isSingleByte(cs) && !isAscii(body) && strictDecode(body, StandardCharsets.UTF_8).isPresent()) {
      return Optional.of(new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, how));
    }
    return strictDecode(body, cs).filter(TextDecoder::looksLikeText).map(t -> new Decoded(t, cs, how));
  }

  private static Decoded detect(byte[] body) {
    Charset wide = utf16ByNulPattern(body);
    Optional<String> wideText =
        wide == null ? Optional.empty() : strictDecode(body, wide).filter(TextDecoder::looksLikeText);
    if (wideText.isPresent()) {
      return new Decoded(wideText.get(), wide, "detected");
    }
    if (isAscii(body) || strictDecode(body, StandardCharsets.UTF_8).isPresent()) {
      return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "detected");
    }
    if (mostlyUtf8(body)) {
      // A UTF-8 page with a stray bad byte (a pasted Windows quote) is still UTF-8: lose that byte, not the page.
      return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "detected");
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(body, 0, body.length);
    detector.dataEnd();
    Charset guess = charsetNamed(detector.getDetectedCharset());
    if (guess != null && isCyrillic(guess)) {
      guess = likeliestCyrillic(body, guess);
    }
    if (guess != null) {
      Optional<String> text = strictDecode(body, guess).filter(TextDecoder::looksLikeText);
      if (text.isPresent()) {
        return new Decoded(text.get(), guess, "detected");
      }
    }
    // Windows-1252 maps almost every byte, and Western text is the likeliest undeclared non-UTF-8 input.
    return new Decoded(new String(body, WINDOWS_1252), WINDOWS_1252, "fallback");
  }

  /**
   * UTF-16 without a mark: Latin-script text has a NUL in every other byte, on the odd side for little-endian
   * and the even side for big-endian. Null when the bytes do not show that pattern.
   */
  private static Charset utf16ByNulPattern(byte[] b) {
    int pairs = b.length / 2;
    if (pairs < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i + 1 < b.length; i += 2) {
      evenNul += b[i] == 0 ? 1 : 0;
      oddNul += b[i + 1] == 0 ? 1 : 0;
    }
    if (oddNul * 10 >= pairs * 7 && evenNul * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return evenNul * 10 >= pairs * 7 && oddNul * 10 < pairs ? StandardCharsets.UTF_16BE : null;
  }

  private static boolean isWide(Charset cs) {
    String n = cs.name().toUpperCase(java.util.Locale.ROOT);
    return n.startsWith("UTF-16") || n.startsWith("UTF-32");
  }

  private static boolean isUtf8WithoutNul(byte[] body) {
    for (byte b : body) {
      if (b == 0) {
        return false;
      }
    }
    return strictDecode(body, StandardCharsets.UTF_8).isPresent();
  }

  private static boolean isCyrillic(Charset cs) {
    String n = cs.name().toLowerCase(java.util.Locale.ROOT);
    return n.contains("cyrillic") || n.contains("1251") || n.contains("koi8") || n.endsWith("866")
        || n.endsWith("855") || n.equals("iso-8859-5");
  }

  /**
   * The detector confuses the Cyrillic code pages on short texts (Ukrainian Windows-1251 comes back as Mac
   * Cyrillic); of the detected, Windows-1251 and KOI8-R, keep the decoding with the fewest oddities.
   */
  private static Charset likeliestCyrillic(byte[] body, Charset detected) {
    Charset best = detected;
    long bestScore = Long.MAX_VALUE;
    for (Charset cs : new Charset[] {Charset.forName("windows-1251"), Charset.forName("KOI8-R"), detected}) {
      long score = strictDecode(body, cs).map(TextDecoder::oddities).orElse(Long.MAX_VALUE);
      if (score < bestScore) {
        best = cs;
        bestScore = score;
      }
    }
    return best;
  }

  /** Symbols and unassigned characters, plus lower-to-upper case flips inside words ("пРИВЕТ"). */
  private static long oddities(String s) {
    long odd = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL || type == Character.CURRENCY_SYMBOL
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
        odd++;
      } else if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) {
        odd++;
      }
    }
    return odd;
  }

  /** Valid multi-byte UTF-8 sequences outnumber invalid bytes many times over. */
  static boolean mostlyUtf8(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int lead = b[i] & 0xFF;
      int extra = lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
          : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
      boolean ok = extra >= 0 && i + extra < b.length;
      for (int k = 1; ok && k <= extra; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (extra > 0 && ok) {
        valid++;
        i += extra + 1;
      } else {
        invalid += extra == 0 ? 0 : 1;
        i++;
      }
    }
    return valid >= MIN_UTF8_SEQUENCES && valid >= UTF8_MAJORITY * invalid;
  }

  static Optional<String> strictDecode(byte[] body, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Sanity check: decoded text should hold few control characters (UTF-16 misread as ASCII holds many). */
  private static boolean looksLikeText(String s) {
    long controls =
        s.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    return controls * 100 <= s.length();
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
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
