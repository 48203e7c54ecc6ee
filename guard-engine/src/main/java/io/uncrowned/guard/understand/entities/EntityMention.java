package io.uncrowned.guard.understand.entities;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * One place in the text where an entity is named.
 *
 * @param span character span (UTF-16 offsets) in the article's canonical text
 * @param text the words as written, e.g. "U.S." for the entity "United States"
 */
public record EntityMention(Span span, String text, EntityId entity) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entity, "entity");
  }
}
