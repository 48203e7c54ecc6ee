package io.uncrowned.guard.understand.places.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * English names by which news refers to countries and which the country tables may lack (our shared cut
 * has only each country's formal and short name and its ISO codes): "UK", "Britain", "Holland", "DR Congo".
 * Added to the countries as alternate names, so they rank by population like any other; allCountries and
 * alternateNamesV2 carry most of them anyway.
 */
final class CountryAliases {
  private static final Map<String, List<String>> ALIASES = Map.ofEntries(
      Map.entry("GB", List.of("UK", "Britain", "Great Britain", "United Kingdom")),
      Map.entry("US", List.of("USA", "America", "United States of America", "United States")),
      Map.entry("NL", List.of("Holland", "Netherlands", "The Netherlands")),
      Map.entry("CD", List.of("Congo", "DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa")),
      Map.entry("CG", List.of("Congo", "Republic of the Congo", "Congo-Brazzaville")),
      Map.entry("KR", List.of("South Korea", "Republic of Korea")),
      Map.entry("KP", List.of("North Korea", "DPRK")),
      Map.entry("CZ", List.of("Czech Republic", "Czechia")),
      Map.entry("RU", List.of("Russia")),
      Map.entry("IR", List.of("Iran")),
      Map.entry("SY", List.of("Syria")),
      Map.entry("VN", List.of("Vietnam", "Viet Nam")),
      Map.entry("LA", List.of("Laos")),
      Map.entry("MD", List.of("Moldova")),
      Map.entry("MK", List.of("North Macedonia", "Macedonia")),
      Map.entry("TR", List.of("Turkey", "Türkiye")),
      Map.entry("CI", List.of("Ivory Coast", "Côte d'Ivoire")),
      Map.entry("MM", List.of("Myanmar", "Burma")),
      Map.entry("SZ", List.of("Eswatini", "Swaziland")),
      Map.entry("TL", List.of("East Timor", "Timor-Leste")),
      Map.entry("VA", List.of("Vatican", "Holy See")),
      Map.entry("PS", List.of("Palestine")),
      Map.entry("AE", List.of("UAE", "Emirates")),
      Map.entry("TW", List.of("Taiwan")),
      Map.entry("BO", List.of("Bolivia")),
      Map.entry("VE", List.of("Venezuela")),
      Map.entry("TZ", List.of("Tanzania")));

  private CountryAliases() { }

  /** The extra names of a country by its ISO code; empty when none. */
  static List<String> of(String countryCode) {
    return ALIASES.getOrDefault(countryCode, List.of());
  }
}
