package io.uncrowned.guard.serve;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolved places of some articles as a GeoJSON FeatureCollection: one point per GeoNames place, with
 * the names it was written as, its mention count and the articles naming it. Not thread-safe: one per
 * request.
 */
final class PlacesGeoJson {
  static final String ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0";

  private static final class Use {
    final Place place;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;

    Use(Place place) {
      this.place = place;
    }
  }

  private final Map<Long, Use> uses = new LinkedHashMap<>();

  /** Adds the places of one article; an article without understanding adds nothing. */
  PlacesGeoJson add(ArticleId id, Understanding understanding) {
    if (understanding == null) {
      return this;
    }
    for (PlaceMention m : understanding.places()) {
      Use use = uses.computeIfAbsent(m.place().geonameId(), k -> new Use(m.place()));
      use.names.add(m.text());
      use.articles.add(id.value());
      use.mentions++;
    }
    return this;
  }

  Map<String, Object> featureCollection() {
    List<Object> features = new ArrayList<>();
    for (Use u : uses.values()) {
      Place p = u.place;
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("geonameid", p.geonameId());
      properties.put("name", p.name());
      properties.put("country", p.countryCode());
      properties.put("featureCode", p.featureCode());
      properties.put("population", p.population());
      properties.put("names", List.copyOf(u.names));
      properties.put("mentions", u.mentions);
      properties.put("articles", List.copyOf(u.articles));
      Map<String, Object> feature = new LinkedHashMap<>();
      feature.put("type", "Feature");
      feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
      feature.put("properties", properties);
      features.add(feature);
    }
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("attribution", ATTRIBUTION);
    collection.put("features", features);
    return collection;
  }
}
