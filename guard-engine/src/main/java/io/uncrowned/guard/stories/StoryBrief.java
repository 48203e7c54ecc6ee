package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A story's TL;DR drawn from all its articles: sentences copied from members (extractive), each with where it
 * stands and which other members say much the same.
 */
public record StoryBrief(List<Line> sentences) {
  public static final StoryBrief EMPTY = new StoryBrief(List.of());

  public StoryBrief {
    sentences = List.copyOf(sentences);
  }

  /** The brief as one paragraph. */
  public String text() {
    return sentences.stream().map(Line::text).collect(Collectors.joining(" "));
  }

  /**
   * One sentence of the brief.
   *
   * @param text the sentence as it stands in {@code article}'s canonical text
   * @param span UTF-16 offsets of the sentence in {@code article}'s canonical text
   * @param corroboratedBy other members with a sentence saying much the same
   */
  public record Line(String text, ArticleId article, Span span, List<ArticleId> corroboratedBy) {
    public Line {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(span, "span");
      corroboratedBy = List.copyOf(corroboratedBy);
    }

    /** The article it is copied from, then its corroborating members. */
    public List<ArticleId> sources() {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of(article), corroboratedBy.stream()).toList();
    }
  }
}
