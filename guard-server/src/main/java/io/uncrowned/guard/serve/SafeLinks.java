package io.uncrowned.guard.serve;

import java.net.URI;
import java.util.Locale;

/**
 * Links that are safe to follow. An article's stored URL is whatever its input said, which can be {@code
 * javascript:…}; only http(s) URLs are ever offered as links.
 */
public final class SafeLinks {
  private SafeLinks() {}

  /** {@code url} as a string when it is an absolute http(s) URL with a host; otherwise null. */
  public static String web(URI url) {
    if (url == null || url.getScheme() == null || url.getHost() == null) {
      return null;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? url.toString() : null;
  }
}
