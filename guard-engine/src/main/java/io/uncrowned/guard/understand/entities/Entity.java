package io.uncrowned.guard.understand.entities;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A canonical entity of one article: one identity for all the ways the article names it.
 *
 * @param id stable across articles, from kind and canonical name
 * @param name canonical name ("United States", "Government of Russia", "Marta Kowalczyk")
 * @param aliases the distinct surface forms seen in the article, in order of first appearance
 * @param countryCode ISO 3166-1 alpha-2 code of the country the entity is or is tied to ("Russian forces" →
 *     RU, "Ministry of Defense of Ukraine" → UA); null when none is known
 */
public record Entity(EntityId id, String name, EntityKind kind, List<String> aliases, String countryCode) {
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    if (countryCode != null && !CODE.matcher(countryCode).matches()) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + countryCode);
    }
  }

  public Optional<String> country() {
    return Optional.ofNullable(countryCode);
  }
}
