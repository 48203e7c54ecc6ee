package io.uncrowned.guard.search;

import java.util.List;

/**
 * What an article offers to faceted search beyond its own fields: canonical entity names, resolved place
 * names and ISO country codes, event trigger lemmas and policy kind labels. Empty lists when the article was
 * not analysed.
 */
public record FacetValues(List<String> entities, List<String> places, List<String> countries,
    List<String> eventKinds, List<String> policyKinds) {
  public static final FacetValues NONE = new FacetValues(List.of(), List.of(), List.of());

  public FacetValues {
    entities = distinctNonBlank(entities);
    places = distinctNonBlank(places);
    countries = distinctNonBlank(countries);
    eventKinds = distinctNonBlank(eventKinds);
    policyKinds = distinctNonBlank(policyKinds);
  }

  /** Values without events or policy events. */
  public FacetValues(List<String> entities, List<String> places, List<String> countries) {
    this(entities, places, countries, List.of(), List.of());
  }

  private static List<String> distinctNonBlank(List<String> values) {
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
  }
}
