package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A participant of an event (actor, subject, target) as written and, when the understanding layer linked it,
 * as a canonical entity.
 *
 * @param text the words as written ("the Biden administration")
 * @param name canonical name: the linked entity's name, else the words without leading determiners
 * @param entityId the linked entity's id ({@code organization:government-of-the-united-states}); null when
 *     not linked
 * @param countryCode ISO 3166-1 alpha-2 code of the country the entity is or is tied to; null when unknown
 * @param span character span (UTF-16 offsets) of the words in the article's canonical text
 */
public record Party(String text, String name, String entityId, String countryCode, Span span) {
  public Party {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }

  /**
   * A key that stays the same across articles for the same participant: the entity id when linked, else the
   * folded name. Policy history groups events by these keys.
   */
  public String key() {
    if (entityId != null) {
      return entityId;
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return "text:" + folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
