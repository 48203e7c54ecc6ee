package io.uncrowned.guard.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's own canonical URL from {@code <link rel=canonical>} or {@code og:url}, resolved against the
 * page URL. Values that are not plain absolute http(s) URLs (javascript:, data:, user-info, control
 * characters, absurd lengths) are ignored: a page must not be able to give itself a hostile identity.
 */
final class CanonicalUrls {
  private static final int MAX_LENGTH = 2048;
  private static final Pattern ABSOLUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.\\-]*:");

  private CanonicalUrls() {}

  static Optional<URI> of(Document page) {
    Optional<URI> fromLink = resolved(page.selectFirst("link[rel=canonical][href]"), "href");
    return fromLink.isPresent() ? fromLink : resolved(page.selectFirst("meta[property=og:url][content]"), "content");
  }

  /** Absolute values are checked as written: resolving would silently drop user-info and such. */
  private static Optional<URI> resolved(Element e, String attr) {
    if (e == null) {
      return Optional.empty();
    }
    String raw = e.attr(attr).strip();
    return safe(ABSOLUTE.matcher(raw).lookingAt() ? raw : e.absUrl(attr));
  }

  /** {@code raw} as a URI when it is an absolute http(s) URL with a host and nothing suspicious. */
  static Optional<URI> safe(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH || raw.chars().anyMatch(c -> c <= ' ')) {
      return Optional.empty();
    }
    try {
      URI u = new URI(raw);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawUserInfo() != null) {
        return Optional.empty();
      }
      // The fragment names a place in the page, not a different page.
      int hash = raw.indexOf('#');
      return Optional.of(hash < 0 ? u : new URI(raw.substring(0, hash)));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
