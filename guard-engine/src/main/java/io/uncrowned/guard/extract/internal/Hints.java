package io.uncrowned.guard.extract.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What tag names, classes and ids tell about an element: article content, boilerplate, or nothing. */
final class Hints {
  /** Elements whose content is never article text. */
  static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object",
      "embed", "canvas", "button", "input", "select", "textarea", "option", "nav", "aside", "footer",
      "figure", "figcaption", "picture", "video", "audio", "map", "head", "title", "meta", "link", "dialog", "menu");

  /** Elements that start a new block of text. */
  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead",
      "header", "address", "center", "hr", "br", "body", "details", "summary");

  /**
   * Elements that are boilerplate when small but may wrap a whole page (ASP.NET puts the body in a form).
   */
  static final Set<String> SMALL_BOILERPLATE = Set.of("form", "header");

  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|page|post|text|blog|story|prose|rich-?text|paragraph");

  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|share|sharing|social|related|recommend|promo|newsletter|subscribe|signup|cookie|consent|banner"
          + "|\\bads?\\b|advert|sponsor|widget|sidebar|footer|masthead|breadcrumb|\\bnav|menu|popup|modal|outbrain"
          + "|taboola|teaser|more-?stories|read-?more|tags?\\b|byline|author|caption|credit|print|toolbar|pagination"
          + "|hidden|skip|disclaimer|meta\\b|dateline|timestamp|rating|login|paywall|trending|most-?popular");

  // Regions that hold many paragraphs which are still not the article: readers' comments, other stories.
  private static final Pattern NOT_ARTICLE = Pattern.compile(
      "comment|related|recommend|more-?stories|trending|popular|newsletter|promo|outbrain|taboola|sidebar|footer");

  /** Whether class or id name a region full of paragraphs that are not the article (comments, other stories). */
  static boolean isNotArticle(String classAndId) {
    return !classAndId.isEmpty() && NOT_ARTICLE.matcher(classAndId).find();
  }

  // Embedded posts quoted by the article ("social-media-embed", "twitter-tweet") are content, whatever
  // else their class says.
  private static final Pattern EMBED = Pattern.compile("tweet|twitter|instagram|social-?(media-?)?embed");

  private Hints() {}

  /** Lower-cased class and id of an element, or "" when it has neither. */
  static String classAndId(Element e) {
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (c + " " + id).toLowerCase(Locale.ROOT);
  }

  static boolean isPositive(String classAndId) {
    return !classAndId.isEmpty() && POSITIVE.matcher(classAndId).find();
  }

  static boolean isNegative(String classAndId) {
    return !classAndId.isEmpty() && NEGATIVE.matcher(classAndId).find() && !EMBED.matcher(classAndId).find();
  }

  // Labels that stand alone in a block only as page furniture, in any site's words.
  private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
      "(?i)(advert|advertisement|ad|sponsored|comments?|share( this)?( article| story)?|related( articles| stories)?"
          + "|this slideshow requires javascript\\.?|read more|continue reading|tell us what you think\\W*"
          + "|loading\\W*|skip to (main )?content|(photo|image)( credit)?:.*)");

  /** Whether a block's text is page furniture: a stock label, or markup that leaked in as text. */
  static boolean isBoilerplateText(String text) {
    if (text.length() < 60 && BOILERPLATE_TEXT.matcher(text).matches()) {
      return true;
    }
    return text.startsWith("<") && text.indexOf('>') > 0 && text.indexOf(' ') > 0 && text.endsWith(">");
  }

  /** Whether the element is hidden from readers by markup. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
  }
}
