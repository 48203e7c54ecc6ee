package io.uncrowned.guard.understand.entities;

import io.uncrowned.guard.article.Span;

/**
 * A mention on its way to an entity: where it is, and the kind, canonical name and country decided so far.
 *
 * @param country ISO 3166-1 alpha-2, null when none
 */
record Candidate(Span span, String text, EntityKind kind, String name, String country) {
  Candidate renamed(EntityKind newKind, String newName, String newCountry) {
    return new Candidate(span, text, newKind, newName, newCountry);
  }

  boolean overlaps(Span other) {
    return span.start() < other.end() && other.start() < span.end();
  }
}
