package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * One sentence chosen for a brief, copied from the article (extractive, so it says only what the article says).
 *
 * @param text the sentence as it stands in the article's canonical text ({@code span.of(article.text())})
 * @param span where it stands: UTF-16 offsets into the article's canonical text
 * @param score the summarizer's salience score, higher is more central; comparable only within one article
 */
public record BriefSentence(String text, Span span, double score) {
  public BriefSentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text and span lengths differ: " + span);
    }
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score is NaN");
    }
  }

  /** Words as counted against a word budget (whitespace-separated pieces holding a letter or digit). */
  public int words() {
    return Words.count(text);
  }
}
