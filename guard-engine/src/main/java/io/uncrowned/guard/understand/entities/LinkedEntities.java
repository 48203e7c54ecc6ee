package io.uncrowned.guard.understand.entities;

import java.util.List;
import java.util.Optional;

/**
 * The canonical entities of one article and every mention of them, mentions in text order.
 *
 * @param entities in order of first mention
 */
public record LinkedEntities(List<Entity> entities, List<EntityMention> mentions) {
  public LinkedEntities {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
  }

  public Optional<Entity> find(EntityId id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The entity {@code kind} named {@code canonicalName}, if the article has it. */
  public Optional<Entity> find(EntityKind kind, String canonicalName) {
    return find(EntityId.of(kind, canonicalName));
  }

  /** The mentions of one entity, in text order. */
  public List<EntityMention> mentionsOf(EntityId id) {
    return mentions.stream().filter(m -> m.entity().equals(id)).toList();
  }

  /** Entities tied to a country (ISO 3166-1 alpha-2): the country itself, its government, its forces… */
  public List<Entity> tiedTo(String countryCode) {
    return entities.stream().filter(e -> countryCode.equals(e.countryCode())).toList();
  }
}
