package io.uncrowned.guard.serve.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The only place the web UI makes markup out of article content: text is escaped first, and only this
 * class's own tags are added around it. Templates print its output unescaped; everything else they print
 * is escaped by the template engine.
 */
final class SafeHtml {
  /** Bold, nothing else, and no attributes: what a search snippet may carry. */
  private static final Safelist SNIPPET = Safelist.none().addTags("b");
  private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

  private SafeHtml() {}

  /** {@code s} with the five characters that matter in HTML text and attributes escaped; null is "". */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A search snippet as the index returns it (escaped text with {@code <b>} around matches) reduced to
   * that: any other tag or attribute, had one got through, is dropped, and the text stays escaped.
   */
  static String snippet(String indexSnippet) {
    if (indexSnippet == null || indexSnippet.isBlank()) {
      return "";
    }
    return Jsoup.clean(indexSnippet, "", SNIPPET, COMPACT);
  }
}
