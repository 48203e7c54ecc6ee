package io.uncrowned.guard.understand.places.gazetteer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Running sums over the populated places of each first- and second-level region and each country, from
 * which the importer gives a point to an administrative unit that has no row of its own: the
 * population-weighted centre of its places (a place of unknown population weighs 1), or the seat of a
 * second-level region ({@code PPLA2}) when there is one, or a country's capital ({@code PPLC}), else the
 * country's own weighted centre.
 */
final class AdminCentres {
  /** A computed point and the population of the places it was computed from. */
  record Centre(double latitude, double longitude, long population) { }

  private static final class Sum {
    double x;
    double y;
    double z;
    double weight;
    long population;

    void add(GeonameRow row) {
      // Average on the unit sphere so that regions across the antimeridian get a sensible centre.
      double w = Math.max(1, row.population());
      double lat = Math.toRadians(row.latitude());
      double lon = Math.toRadians(row.longitude());
      x += w * Math.cos(lat) * Math.cos(lon);
      y += w * Math.cos(lat) * Math.sin(lon);
      z += w * Math.sin(lat);
      weight += w;
      population += row.population();
    }

    Centre centre() {
      double lon = Math.toDegrees(Math.atan2(y, x));
      double lat = Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
      return new Centre(clamp(lat, 90), clamp(lon, 180), population);
    }
  }

  private final Map<String, Sum> admin1 = new HashMap<>();
  private final Map<String, Sum> admin2 = new HashMap<>();
  private final Map<String, Sum> countries = new HashMap<>();
  private final Map<String, GeonameRow> seats = new HashMap<>();
  private final Map<String, GeonameRow> capitals = new HashMap<>();
  private final Map<String, GeonameRow> namedCapitals = new HashMap<>();

  /**
   * Counts a populated place.
   *
   * @param capitalName the capital named by countryInfo for the row's country, or null
   */
  void add(GeonameRow row, String capitalName) {
    if (!row.isPopulated() || row.countryCode().isEmpty()) {
      return;
    }
    countries.computeIfAbsent(row.countryCode(), k -> new Sum()).add(row);
    if (!row.admin1().isEmpty()) {
      admin1.computeIfAbsent(row.admin1Key(), k -> new Sum()).add(row);
      if (!row.admin2().isEmpty()) {
        admin2.computeIfAbsent(row.admin2Key(), k -> new Sum()).add(row);
        if (row.featureCode().equals("PPLA2")) {
          seats.merge(row.admin2Key(), row, AdminCentres::morePopulous);
        }
      }
    }
    if (row.featureCode().equals("PPLC")) {
      capitals.merge(row.countryCode(), row, AdminCentres::morePopulous);
    } else if (capitalName != null
        && (row.name().equalsIgnoreCase(capitalName) || row.asciiName().equalsIgnoreCase(capitalName))) {
      namedCapitals.merge(row.countryCode(), row, AdminCentres::morePopulous);
    }
  }

  /** Population-weighted centre of the region's places. */
  Optional<Centre> admin1(String countryCode, String admin1Code) {
    return Optional.ofNullable(admin1.get(countryCode + "." + admin1Code)).map(Sum::centre);
  }

  /** The region's seat when known, else the population-weighted centre of its places. */
  Optional<Centre> admin2(String key) {
    Sum sum = admin2.get(key);
    GeonameRow seat = seats.get(key);
    if (seat != null) {
      return Optional.of(new Centre(seat.latitude(), seat.longitude(), sum == null ? 0 : sum.population));
    }
    return Optional.ofNullable(sum).map(Sum::centre);
  }

  /** Summed population of the places in a region key ("CC.A1" or "CC.A1.A2"), 0 when none. */
  long population(String key) {
    Sum sum = key.chars().filter(c -> c == '.').count() == 1 ? admin1.get(key) : admin2.get(key);
    return sum == null ? 0 : sum.population;
  }

  /** Population-weighted centre of a country's places, for a country whose capital is unknown. */
  Optional<Centre> country(String countryCode) {
    return Optional.ofNullable(countries.get(countryCode)).map(Sum::centre);
  }

  /** The capital: the country's PPLC, else the most populous place bearing countryInfo's capital name. */
  Optional<GeonameRow> capital(String countryCode) {
    GeonameRow capital = capitals.get(countryCode);
    return Optional.ofNullable(capital != null ? capital : namedCapitals.get(countryCode));
  }

  private static GeonameRow morePopulous(GeonameRow a, GeonameRow b) {
    return b.population() > a.population() ? b : a;
  }

  private static double clamp(double value, double limit) {
    return Math.max(-limit, Math.min(limit, value));
  }
}
