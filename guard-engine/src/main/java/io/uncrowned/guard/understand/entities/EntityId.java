package io.uncrowned.guard.understand.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The stable identity of a canonical entity: its kind and its canonical name folded to a slug, e.g. {@code
 * location:united-states} or {@code person:marta-kowalczyk}. The same canonical name gives the same id in
 * every article, so ids can be joined across articles and stored.
 */
public record EntityId(String value) {
  public EntityId {
    Objects.requireNonNull(value, "value");
    int colon = value.indexOf(':');
    if (colon < 1 || colon == value.length() - 1 || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not an entity id: " + value);
    }
  }

  /** The id of the entity of {@code kind} named {@code canonicalName}. */
  public static EntityId of(EntityKind kind, String canonicalName) {
    return new EntityId(kind.name().toLowerCase(Locale.ROOT) + ":" + slug(canonicalName));
  }

  /** Lower case, accents removed, every run of other characters than letters and digits one hyphen. */
  static String slug(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("no letters or digits in entity name: " + name);
    }
    return slug;
  }

  @Override
  public String toString() {
    return value;
  }
}
