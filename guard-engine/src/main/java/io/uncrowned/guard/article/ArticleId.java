package io.uncrowned.guard.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The stable identity of an article: 16 hex digits of SHA-256 over its canonical URL when it has one, else
 * over its content hash. The same input always yields the same id, so re-ingesting is idempotent.
 */
public record ArticleId(String value) {
  private static final Pattern FORM = Pattern.compile("[0-9a-f]{16}");

  public ArticleId {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not an article id: " + value);
    }
  }

  public static ArticleId fromUrl(URI canonicalUrl) {
    return new ArticleId(sha256Hex("url:" + canonicalUrl.toString()).substring(0, 16));
  }

  public static ArticleId fromContentHash(String contentHash) {
    return new ArticleId(sha256Hex("content:" + contentHash).substring(0, 16));
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code s}. */
  public static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
