package io.uncrowned.guard.understand.nlp;

import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces of at most a given length on paragraph boundaries, so the NLP engine works on
 * bounded inputs: a 500 KB article costs many small annotations instead of one huge one. A paragraph longer
 * than the limit is cut after its last sentence end (or else its last space) before the limit.
 */
final class TextChunks {
  private TextChunks() {}

  /** Spans covering {@code text} in order, each at most {@code max} characters long. */
  static List<Span> of(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    List<Span> chunks = new ArrayList<>();
    int start = 0;
    while (text.length() - start > max) {
      int end = cut(text, start, start + max);
      chunks.add(new Span(start, end));
      start = end;
    }
    if (start < text.length() || chunks.isEmpty()) {
      chunks.add(new Span(start, text.length()));
    }
    return chunks;
  }

  /** The best cut in {@code (start, limit]}: a blank line, a sentence end, a space, or the limit itself. */
  private static int cut(String text, int start, int limit) {
    int paragraph = text.lastIndexOf("\n\n", limit - 2);
    if (paragraph > start) {
      return paragraph + 2;
    }
    for (int i = limit - 1; i > start + 1; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
        return i + 1;
      }
    }
    int space = text.lastIndexOf(' ', limit - 1);
    if (space > start) {
      return space + 1;
    }
    // one giant word: cut anywhere, but never between the two halves of a surrogate pair
    return Character.isLowSurrogate(text.charAt(limit)) && limit - 1 > start ? limit - 1 : limit;
  }
}
