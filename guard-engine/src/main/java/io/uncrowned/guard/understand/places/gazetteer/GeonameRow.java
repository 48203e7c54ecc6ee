package io.uncrowned.guard.understand.places.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of GeoNames' 19-column {@code geoname} table (allCountries, citiesN and our admin-points files):
 * geonameid, name, asciiname, alternatenames (comma separated), latitude, longitude, feature class, feature
 * code, country code, cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified.
 */
record GeonameRow(
    long id,
    String name,
    String asciiName,
    List<String> alternateNames,
    double latitude,
    double longitude,
    String featureClass,
    String featureCode,
    String countryCode,
    String admin1,
    String admin2,
    long population) {
  static final int COLUMNS = 19;

  GeonameRow {
    alternateNames = List.copyOf(alternateNames);
  }

  /**
   * Parses one line, or explains why it cannot be a geoname row.
   *
   * @return the row, or empty with {@code why[0]} set to the reason
   */
  static Optional<GeonameRow> parse(String line, String[] why) {
    String[] c = line.split("\t", -1);
    if (c.length != COLUMNS) {
      why[0] = "expected " + COLUMNS + " tab-separated columns, found " + c.length;
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(c[0]);
      double lat = Double.parseDouble(c[4]);
      double lon = Double.parseDouble(c[5]);
      if (id <= 0 || c[1].isBlank() || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        why[0] = "bad id, empty name or coordinates out of range";
        return Optional.empty();
      }
      long population = c[14].isEmpty() ? 0 : Math.max(0, Long.parseLong(c[14]));
      String ascii = c[2].isEmpty() ? c[1] : c[2];
      return Optional.of(new GeonameRow(id, c[1], ascii, splitNames(c[3]), lat, lon, c[6], c[7], c[8],
          c[10], c[11], population));
    } catch (NumberFormatException e) {
      why[0] = "not a number: " + e.getMessage();
      return Optional.empty();
    }
  }

  static List<String> splitNames(String column) {
    if (column.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String n : column.split(",")) {
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    return names;
  }

  String admin1Key() {
    return countryCode + "." + admin1;
  }

  String admin2Key() {
    return countryCode + "." + admin1 + "." + admin2;
  }

  boolean isCountry() {
    return featureClass.equals("A") && (featureCode.startsWith("PCL") || featureCode.equals("TERR"));
  }

  boolean isAdmin1() {
    return featureClass.equals("A") && featureCode.equals("ADM1");
  }

  boolean isAdmin2() {
    return featureClass.equals("A") && featureCode.equals("ADM2");
  }

  boolean isPopulated() {
    return featureClass.equals("P");
  }

  GeonameRow withPopulation(long newPopulation) {
    return new GeonameRow(id, name, asciiName, alternateNames, latitude, longitude, featureClass, featureCode,
        countryCode, admin1, admin2, newPopulation);
  }

  GeonameRow withName(String newName, String newAsciiName) {
    return new GeonameRow(id, newName, newAsciiName, alternateNames, latitude, longitude, featureClass,
        featureCode, countryCode, admin1, admin2, population);
  }
}
