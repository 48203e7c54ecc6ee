package io.uncrowned.guard.article;

import java.util.Objects;

/**
 * A headed section of an article: its heading text, where the heading stands in the canonical text, and the
 * span of the body text it heads (up to the next heading or the end of the text).
 */
public record Section(String heading, Span headingSpan, Span bodySpan) {
  public Section {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(headingSpan, "headingSpan");
    Objects.requireNonNull(bodySpan, "bodySpan");
  }
}
