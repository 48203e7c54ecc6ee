package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityId;
import io.uncrowned.guard.understand.entities.EntityKind;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The understanding layer's entities and places of one article, looked up by span overlap. */
final class Links {
  private final List<EntityMention> mentions;
  private final Map<EntityId, Entity> entities = new HashMap<>();
  private final List<PlaceMention> places;

  Links(LinkedEntities linked, List<PlaceMention> places) {
    this.mentions = linked == null ? List.of() : linked.mentions();
    if (linked != null) {
      linked.entities().forEach(e -> entities.put(e.id(), e));
    }
    this.places = places == null ? List.of() : List.copyOf(places);
  }

  /** The entity named at {@code head} (preferred) or anywhere in {@code phrase}. */
  Optional<Entity> entity(Span head, Span phrase) {
    Optional<Entity> atHead = first(head);
    // a nationality inside a phrase qualifies its head ("the Portuguese health ministry"), it does not name it
    return atHead.isPresent() ? atHead : first(phrase).filter(e -> e.kind() != EntityKind.NATIONALITY);
  }

  /** The nationality named at {@code span} ("Finnish"), if any. */
  Optional<Entity> nationalityAt(Span span) {
    return first(span).filter(e -> e.kind() == EntityKind.NATIONALITY);
  }

  private Optional<Entity> first(Span span) {
    for (EntityMention m : mentions) {
      if (overlaps(m.span(), span) && entities.containsKey(m.entity())) {
        return Optional.of(entities.get(m.entity()));
      }
    }
    return Optional.empty();
  }

  /** True when an entity of one of {@code kinds} is named at {@code head} or inside {@code phrase}. */
  boolean namesKind(Span head, Span phrase, EntityKind... kinds) {
    Optional<Entity> e = entity(head, phrase);
    if (e.isEmpty()) {
      return false;
    }
    for (EntityKind k : kinds) {
      if (e.get().kind() == k) {
        return true;
      }
    }
    return false;
  }

  /** The resolved places named inside {@code span}. */
  List<Place> placesIn(Span span) {
    List<Place> out = new ArrayList<>();
    for (PlaceMention m : places) {
      if (span.contains(m.span()) && !out.contains(m.place())) {
        out.add(m.place());
      }
    }
    return out;
  }

  boolean hasPlaceIn(Span span) {
    return places.stream().anyMatch(m -> overlaps(m.span(), span));
  }

  static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
