package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.ArticleId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolved places of some articles, one per GeoNames place, with the names it was written as, its
 * mention count and the articles naming it; as a list or a GeoJSON FeatureCollection (the CLI's
 * {@code places --geojson} and the API's places). Not thread-safe: one per request.
 */
public final class PlacesGeoJson {
  static final String ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0";

  /**
   * One place and how the articles use it.
   *
   * @param names the words it was written as, in order of first use
   * @param articles ids of the articles naming it, in order of first use
   */
  public record Use(Place place, List<String> names, List<String> articles, int mentions) {}

  private static final class Tally {
    final Place place;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;

    Tally(Place place) {
      this.place = place;
    }
  }

  private final Map<Long, Tally> uses = new LinkedHashMap<>();

  /** Adds the resolved places of one article. */
  public PlacesGeoJson add(ArticleId id, List<PlaceMention> places) {
    for (PlaceMention m : places) {
      Tally use = uses.computeIfAbsent(m.place().geonameId(), k -> new Tally(m.place()));
      use.names.add(m.text());
      use.articles.add(id.value());
      use.mentions++;
    }
    return this;
  }

  /** The places in order of first mention. */
  public List<Use> uses() {
    return uses.values().stream()
        .map(t -> new Use(t.place, List.copyOf(t.names), List.copyOf(t.articles), t.mentions))
        .toList();
  }

  /** A GeoJSON FeatureCollection of points, GeoNames attributed. */
  public Map<String, Object> featureCollection() {
    List<Object> features = new ArrayList<>();
    for (Use u : uses()) {
      Place p = u.place();
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("geonameid", p.geonameId());
      properties.put("name", p.name());
      properties.put("country", p.countryCode());
      properties.put("featureCode", p.featureCode());
      properties.put("population", p.population());
      properties.put("names", u.names());
      properties.put("mentions", u.mentions());
      properties.put("articles", u.articles());
      features.add(point(p.longitude(), p.latitude(), properties));
    }
    return collection(features, ATTRIBUTION);
  }

  /** A GeoJSON point feature with its properties. */
  public static Map<String, Object> point(double longitude, double latitude, Map<String, Object> properties) {
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(longitude, latitude)));
    feature.put("properties", properties);
    return feature;
  }

  /** A GeoJSON FeatureCollection of {@code features}, with the attribution its data needs. */
  public static Map<String, Object> collection(List<Object> features, String attribution) {
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("attribution", attribution);
    collection.put("features", features);
    return collection;
  }
}
