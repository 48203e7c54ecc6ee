package io.uncrowned.guard.understand.nlp;

/** The named-entity classes the engine reports and later stages use. */
public enum NerType {
  PERSON,
  ORGANIZATION,
  /** Countries, states, regions, cities, and natural features. */
  LOCATION,
  /** Nationalities, religious and political groups ("Russian", "Ukrainian"). */
  NATIONALITY,
  /** Anything else the engine names that we keep (e.g. a date or a title): not used for entities. */
  OTHER
}
