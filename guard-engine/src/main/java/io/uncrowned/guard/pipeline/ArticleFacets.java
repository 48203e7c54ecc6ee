package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.search.FacetValues;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityKind;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an article's understanding offers to faceted search. */
final class ArticleFacets {
  private ArticleFacets() {}

  /**
   * Entities are actors (people, organisations, groups); places are every resolved place by name; countries
   * are the countries of those places and of the article's focus; event kinds are the events' trigger lemmas
   * and policy kinds the labels of the policy events' kinds.
   */
  static FacetValues of(Understanding u) {
    if (u == null || !u.analysed()) {
      return FacetValues.NONE;
    }
    List<String> entities = new ArrayList<>();
    for (Entity e : u.entities()) {
      if (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.GROUP) {
        entities.add(e.name());
      }
    }
    Set<String> places = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>(u.focus().countries());
    for (PlaceMention m : u.places()) {
      places.add(m.place().name());
      if (!m.place().countryCode().isEmpty()) {
        countries.add(m.place().countryCode());
      }
    }
    List<String> eventKinds = u.events().events().stream().map(Event::trigger).toList();
    List<String> policyKinds = u.events().policyEvents().stream().map(p -> p.kind().label()).toList();
    return new FacetValues(entities, List.copyOf(places), List.copyOf(countries), eventKinds, policyKinds);
  }
}
