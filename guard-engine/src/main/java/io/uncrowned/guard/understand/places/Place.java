package io.uncrowned.guard.understand.places;

import java.util.Objects;

/**
 * A gazetteer entry.
 *
 * @param geonameId GeoNames id
 * @param countryCode ISO 3166-1 alpha-2, empty for places outside any country (oceans, continents)
 * @param admin1Code GeoNames admin1 code within the country, empty when none
 * @param featureClass GeoNames feature class: A (country, region), P (populated place), H, T, L…
 * @param featureCode GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL…
 * @param latitude degrees north, WGS84
 * @param longitude degrees east, WGS84
 * @param population 0 when unknown
 */
public record Place(
    long geonameId,
    String name,
    String asciiName,
    String countryCode,
    String admin1Code,
    String featureClass,
    String featureCode,
    double latitude,
    double longitude,
    long population) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asciiName, "asciiName");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(admin1Code, "admin1Code");
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
    }
  }

  public boolean isCountry() {
    return featureCode.startsWith("PCL") || featureCode.equals("TERR");
  }

  public boolean isFirstLevelRegion() {
    return featureCode.equals("ADM1");
  }
}
