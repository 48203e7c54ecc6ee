package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import java.util.regex.Pattern;

/**
 * The stable identity of a story: "s" and the id of the article that founded it, so re-clustering the same
 * stream in the same order yields the same ids.
 */
public record StoryId(String value) {
  private static final Pattern FORM = Pattern.compile("s[0-9a-f]{16}");

  public StoryId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a story id: " + value);
    }
  }

  /** The id of a story founded by {@code article}. */
  public static StoryId foundedBy(ArticleId article) {
    return new StoryId("s" + article.value());
  }

  /** Parses a story id as users type it; empty when it is not one. */
  public static java.util.Optional<StoryId> parse(String text) {
    String s = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    return FORM.matcher(s).matches() ? java.util.Optional.of(new StoryId(s)) : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
