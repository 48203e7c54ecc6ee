package io.uncrowned.guard.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.uncrowned.guard.article.Lang;
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
  private static final String AUTHOR_ELEMENTS = "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]";
  private static final int MAX_CREDIT_WORDS = 12;
  private static final int SHORT_CREDIT_WORDS = 4;
  private static final int MAX_LOWER_WORDS = 2;

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
        TldrBox.find(page, scope, title).orElse(null),
        declaredLanguage(page));
  }

  private static Lang declaredLanguage(Document page) {
    Element html = page.selectFirst("html");
    String tag =
        first(
            () -> html == null ? null : blankToNull(html.attr("lang")),
            () -> meta(page, "og:locale"),
            () -> attr(page.selectFirst("meta[http-equiv=content-language]"), "content"));
    if (tag == null) {
      return null;
    }
    String primary = tag.split("[-_,;\\s]")[0].toLowerCase(java.util.Locale.ROOT);
    return primary.matches("[a-z]{2,3}") && !primary.equals("und") ? Lang.of(primary) : null;
  }

  /** Each source is cleaned before the next is tried, so an author bio box does not hide a later byline. */
  private static String byline(Document page, JsonLd ld, Element scope) {
    return first(
        () -> cleanByline(notUrl(meta(page, "author"))),
        () -> ld.authors().isEmpty() ? null : cleanByline(String.join(", ", ld.authors())),
        () -> cleanByline(notUrl(meta(page, "article:author"))),
        () -> cleanByline(text(scope.selectFirst(AUTHOR_ELEMENTS))),
        () -> cleanByline(text(scope.selectFirst(".byline, .author, .article-author, [class*=byline]"))));
  }

  private static String cleanByline(String s) {
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
      String credit = e.closest("footer, nav") == null ? creditElementText(e.text().strip()) : null;
      if (credit != null) {
        return credit;
      }
    }
    for (Element caption : scope.select("figcaption, .caption, [class*=caption]")) {
      Optional<String> c = BodyRules.creditInCaption(caption.text()).map(BodyRules::cleanCredit);
      if (c.isPresent()) {
        return c.get();
      }
    }
    return BodyRules.cleanCredit(ld.imageCredit());
  }

  /**
   * The credit an element marked as one holds. Pages also mark whole captions and copyright footers so;
   * those count only through a label ("Photo: X") or a bracketed credit at their end.
   */
  private static String creditElementText(String t) {
    if (t.isEmpty()) {
      return null;
    }
    Optional<String> labelled = BodyRules.creditInCaption(t).or(() -> BodyRules.bracketedCredit(t));
    if (labelled.isPresent()) {
      return BodyRules.cleanCredit(labelled.get());
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    // Credits are names ("Robyn Vale/Agency X", "Courtesy of Firm Y"); captions are sentences with many
    // lower-case words.
    long lowerWords = BodyRules.lowerCaseWords(t);
    boolean sentence = (t.endsWith(".") && BodyRules.wordCount(t) > SHORT_CREDIT_WORDS) || lowerWords > MAX_LOWER_WORDS;
    if (sentence || BodyRules.wordCount(t) > MAX_CREDIT_WORDS || lower.contains("rights reserved")
        || lower.contains("all right")) {
      return null;
    }
    return BodyRules.cleanCredit(t);
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
