package io.uncrowned.guard.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What raw bytes betray about their encoding before any detector runs: strict validity, UTF-8 with stray
 * bytes, UTF-16 without a mark, and which Cyrillic code page leaves the fewest oddities. Used by {@link
 * TextDecoder}.
 */
final class ByteSniffing {
  private static final int MIN_UTF8_SEQUENCES = 3;
  private static final int UTF8_MAJORITY = 10;

  private ByteSniffing() {}

  /**
   * UTF-16 without a mark: Latin-script text has a NUL in every other byte, on the odd side for little-endian
   * and the even side for big-endian. Null when the bytes do not show that pattern.
   */
  static Charset utf16ByNulPattern(byte[] b) {
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

  static boolean isWide(Charset cs) {
    String n = cs.name().toUpperCase(Locale.ROOT);
    return n.startsWith("UTF-16") || n.startsWith("UTF-32");
  }

  static boolean isUtf8WithoutNul(byte[] body) {
    for (byte b : body) {
      if (b == 0) {
        return false;
      }
    }
    return strictDecode(body, StandardCharsets.UTF_8).isPresent();
  }

  static boolean isCyrillic(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.contains("cyrillic") || n.contains("1251") || n.contains("koi8") || n.endsWith("866")
        || n.endsWith("855") || n.equals("iso-8859-5");
  }

  /**
   * The detector confuses the Cyrillic code pages on short texts (Ukrainian Windows-1251 comes back as Mac
   * Cyrillic); of the detected, Windows-1251 and KOI8-R, keep the decoding with the fewest oddities.
   */
  static Charset likeliestCyrillic(byte[] body, Charset detected) {
    Charset best = detected;
    long bestScore = Long.MAX_VALUE;
    for (Charset cs : new Charset[] {Charset.forName("windows-1251"), Charset.forName("KOI8-R"), detected}) {
      long score = strictDecode(body, cs).map(ByteSniffing::oddities).orElse(Long.MAX_VALUE);
      if (score < bestScore) {
        best = cs;
        bestScore = score;
      }
    }
    return best;
  }

  /** Symbols and unassigned characters, plus lower-to-upper case flips inside words ("пРИВЕТ"). */
  static long oddities(String s) {
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

  static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }
}
