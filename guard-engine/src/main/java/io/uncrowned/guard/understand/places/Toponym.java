package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * A stretch of text that names a place, before resolution.
 *
 * @param span UTF-16 character offsets into the analysed text
 * @param text the covered text, as written
 */
public record Toponym(Span span, String text) {
  public Toponym {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
    }
  }

  /** The toponym covering {@code span} of {@code text}. */
  public static Toponym of(String text, Span span) {
    return new Toponym(span, span.of(text));
  }
}
