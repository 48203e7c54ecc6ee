package io.uncrowned.guard.understand.places;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/** Look-ups in the gazetteer. Thread-safe. */
public interface Gazetteer extends Closeable {
  /**
   * Entries whose name or alternate name matches {@code name} (case, accents and transliteration folded;
   * fuzzy when nothing matches exactly), most populous first.
   */
  List<Place> candidates(String name, int max);

  Optional<Place> byId(long geonameId);

  /** The place standing for a country (ISO 3166-1 alpha-2). */
  Optional<Place> country(String countryCode);

  /** The first-level region of a country by its GeoNames admin1 code. */
  Optional<Place> region(String countryCode, String admin1Code);

  @Override
  void close();
}
