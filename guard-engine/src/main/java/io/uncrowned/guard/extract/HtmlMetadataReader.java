package io.uncrowned.guard.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link HtmlMetadata} from a parsed page: meta tags, JSON-LD, and the elements pages use for titles,
 * bylines, dates and credits. Each field tries its sources in a fixed order and takes the first that answers.
 * Thread-safe.
 */
final class HtmlMetadataReader {
  private static final List<String> DATE_METAS =
      List.of(
          "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate",
          "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date",
          "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published");
  private static final String CREDIT_ELEMENTS =
      "[class*=credit], [class*=photographer], [itemprop=copyrightHolder], [itemprop=creditText]";
  private static final int MAX_CREDIT_WORDS = 15;

  private final ObjectMapper json =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  HtmlMetadata read(Document page) {
    JsonLd ld = JsonLd.read(page, json);
    String site = first(() -> meta(page, "og:site_name"), ld::publisher, () -> meta(page, "application-name"));
    Element scope = articleScope(page);
    String title =
        first(
            () -> Titles.clean(meta(page, "og:title"), site),
            () -> Titles.clean(ld.headline(), site),
            () -> Titles.clean(text(scope.selectFirst("h1, [itemprop=headline]")), site),
            () -> Titles.cleanDocumentTitle(page.title(), site));
    return new HtmlMetadata(
        title,
        byline(page, ld, scope),
        published(page, ld, scope),
        CanonicalUrls.of(page).orElse(null),
        site,
        imageCredit(page, ld, scope),
        TldrBox.find(page, scope).orElse(null));
  }

  private static String byline(Document page, JsonLd ld, Element scope) {
    String s =
        first(
            () -> notUrl(meta(page, "author")),
            () -> ld.authors().isEmpty() ? null : String.join(", ", ld.authors()),
            () -> notUrl(meta(page, "article:author")),
            () -> text(scope.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")),
            () -> text(scope.selectFirst(".byline, .author, .article-author, [class*=byline]")));
    return s == null ? null : BodyRules.cleanByline(s);
  }

  private static Instant published(Document page, JsonLd ld, Element scope) {
    Stream<Supplier<String>> sources =
        Stream.of(
            () -> meta(page, "article:published_time"),
            ld::datePublished,
            () -> attr(scope.selectFirst("time[itemprop=datePublished], time[pubdate]"), "datetime"),
            () -> attr(scope.selectFirst("time[datetime]"), "datetime"),
            () -> attr(page.selectFirst("time[datetime]"), "datetime"));
    Stream<Supplier<String>> metas = DATE_METAS.stream().map(k -> () -> meta(page, k));
    return Stream.concat(sources, metas)
        .map(Supplier::get)
        .map(Dates::parse)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  private static String imageCredit(Document page, JsonLd ld, Element scope) {
    for (Element e : scope.select(CREDIT_ELEMENTS)) {
      String t = e.text().strip();
      if (!t.isEmpty() && BodyRules.wordCount(t) <= MAX_CREDIT_WORDS && e.closest("footer, nav") == null) {
        return BodyRules.creditLine(t).orElse(BodyRules.trimPunctuation(t));
      }
    }
    for (Element caption : scope.select("figcaption, .caption, [class*=caption]")) {
      Optional<String> c = BodyRules.creditInCaption(caption.text());
      if (c.isPresent()) {
        return c.get();
      }
    }
    return ld.imageCredit();
  }

  /** The article element when the page marks one, else the body: titles and credits there are the lead's. */
  private static Element articleScope(Document page) {
    Element a = page.selectFirst("article, [itemprop=articleBody], main");
    return a != null && a.selectFirst("h1, p") != null ? a : page.body();
  }

  static String meta(Document page, String key) {
    Element m =
        page.selectFirst(
            "meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]");
    return m == null ? null : blankToNull(m.attr("content"));
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }

  @SafeVarargs
  static String first(Supplier<String>... sources) {
    for (Supplier<String> s : sources) {
      String v = s.get();
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
