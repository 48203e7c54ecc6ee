package io.uncrowned.guard.article;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets (Java {@code String} indices) into an
 * article's canonical text. Token ranges are a different type; never mix the two.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered text; throws when the span does not fit {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean fits(String text) {
    return end <= text.length();
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
