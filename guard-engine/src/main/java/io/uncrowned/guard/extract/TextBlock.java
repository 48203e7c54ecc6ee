package io.uncrowned.guard.extract;

import java.util.Objects;

/** One block of an article's main text, in reading order. */
public record TextBlock(Kind kind, String text) {
  /** What the block is; headings become {@link io.uncrowned.guard.article.Section}s. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    QUOTE,
    CAPTION
  }

  public TextBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
