package io.uncrowned.guard.understand.entities;

/** What kind of actor or thing a canonical entity is. */
public enum EntityKind {
  PERSON,
  /** Companies, agencies, ministries, parties, and governments ("Government of Russia", "the Kremlin"). */
  ORGANIZATION,
  /** Countries, regions, cities and natural features, as places (not as governments). */
  LOCATION,
  /** A nationality as such ("Russian" in "Russian oil"), tied to its country. */
  NATIONALITY,
  /** A collective actor that is neither one organisation nor a place: "Western allies", "Russian forces". */
  GROUP
}
