package io.uncrowned.guard.understand.places.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small GeoNames tables, held in memory: countryInfo.txt (one row per country) and
 * admin1CodesASCII.txt / admin2Codes.txt (code, name, ascii name, geonameid).
 */
final class AdminTables {
  /** A countryInfo row: ISO codes (alpha-2, alpha-3), English name, capital name, population and the country's geonameid. */
  record CountryRow(String code, String iso3, String name, String capital, long population, long geonameId) { }

  /** An admin code row: "CC.A1" or "CC.A1.A2", names and geonameid. */
  record AdminRow(String key, String name, String asciiName, long geonameId) {
    String countryCode() {
      return key.substring(0, key.indexOf('.'));
    }

    String admin1() {
      String[] parts = key.split("\\.");
      return parts.length > 1 ? parts[1] : "";
    }

    String admin2() {
      String[] parts = key.split("\\.");
      return parts.length > 2 ? parts[2] : "";
    }
  }

  final Map<String, CountryRow> countries = new LinkedHashMap<>();
  final Map<String, AdminRow> admin1 = new LinkedHashMap<>();
  final Map<String, AdminRow> admin2 = new LinkedHashMap<>();

  /** Reads countryInfo.txt; returns {rows, skipped}. */
  long[] readCountries(Path file) throws IOException {
    long rows = 0;
    long skipped = 0;
    try (BufferedReader in = GeonamesFolder.open(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.startsWith("ISO\t") || line.isBlank()) {
          continue;
        }
        rows++;
        String[] c = line.split("\t", -1);
        try {
          if (c.length < 17 || c[0].length() != 2) {
            throw new NumberFormatException("short row");
          }
          long population = c[7].isEmpty() ? 0 : Long.parseLong(c[7]);
          countries.put(c[0], new CountryRow(c[0], c[1], c[4], c[5], population, Long.parseLong(c[16])));
        } catch (NumberFormatException e) {
          skipped++;
        }
      }
    }
    return new long[] {rows, skipped};
  }

  /** Reads admin1CodesASCII.txt or admin2Codes.txt into the given map; returns {rows, skipped}. */
  static long[] readAdminCodes(Path file, Map<String, AdminRow> into) throws IOException {
    long rows = 0;
    long skipped = 0;
    try (BufferedReader in = GeonamesFolder.open(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        rows++;
        String[] c = line.split("\t", -1);
        try {
          if (c.length < 4 || !c[0].contains(".") || c[1].isBlank()) {
            throw new NumberFormatException("short row");
          }
          into.put(c[0], new AdminRow(c[0], c[1], c[2].isEmpty() ? c[1] : c[2], Long.parseLong(c[3])));
        } catch (NumberFormatException e) {
          skipped++;
        }
      }
    }
    return new long[] {rows, skipped};
  }
}
