package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * One highlighted mention in an article's text: where it is, what kind of thing it names and where a click
 * on it leads (a search filtered on it).
 *
 * @param span character span (UTF-16 offsets) in the article's canonical text
 * @param css class names for the highlight, e.g. "mention place"
 * @param label what the mention resolves to, shown as a tooltip ("Kharkiv, UA")
 * @param href a relative link, already built from encoded parts
 */
record Mark(Span span, String css, String label, String href) {
  Mark {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(css, "css");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(href, "href");
  }
}
