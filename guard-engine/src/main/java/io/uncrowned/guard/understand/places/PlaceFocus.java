package io.uncrowned.guard.understand.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The countries and places an article is mainly about, by how often and how confidently it names them (a
 * country counts once for each place named inside it, and once more when it is named itself).
 *
 * @param countries ISO 3166-1 alpha-2 codes, main one first: those with at least a fifth of the weight of
 *     the first
 * @param places the most named places that are not countries, most named first, at most {@value #MAX_PLACES}
 */
public record PlaceFocus(List<String> countries, List<Place> places) {
  /** Most places listed. */
  public static final int MAX_PLACES = 5;
  /** No place named. */
  public static final PlaceFocus NONE = new PlaceFocus(List.of(), List.of());

  public PlaceFocus {
    countries = List.copyOf(countries);
    places = List.copyOf(places);
  }

  /** The focus of these mentions. */
  public static PlaceFocus of(List<PlaceMention> mentions) {
    Map<String, Double> countryWeight = new LinkedHashMap<>();
    Map<Long, Double> placeWeight = new LinkedHashMap<>();
    Map<Long, Place> byId = new LinkedHashMap<>();
    for (PlaceMention m : mentions) {
      Place p = m.place();
      if (!p.countryCode().isEmpty()) {
        countryWeight.merge(p.countryCode(), m.confidence(), Double::sum);
      }
      if (!p.isCountry()) {
        placeWeight.merge(p.geonameId(), m.confidence(), Double::sum);
        byId.putIfAbsent(p.geonameId(), p);
      }
    }
    double top = countryWeight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<String> countries = countryWeight.entrySet().stream()
        .filter(e -> e.getValue() >= top / 5)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    List<Place> places = placeWeight.entrySet().stream()
        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(MAX_PLACES)
        .map(e -> byId.get(e.getKey())).toList();
    return new PlaceFocus(countries, places);
  }

  /** The main country, or empty when no place was named. */
  public Optional<String> mainCountry() {
    return countries.stream().findFirst();
  }
}
