package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlacesGeoJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolved places of some articles, one per GeoNames place, for the map: as rows for the page (the
 * map's text alternative, also what a reader without JavaScript gets) and as GeoJSON for the map script.
 * Not thread-safe: one per request.
 */
final class MapPlaces {
  static final String ATTRIBUTION = "Places: GeoNames (geonames.org), CC BY 4.0";

  private final PlacesGeoJson tally = new PlacesGeoJson();
  private int articles;

  /** Adds the places of one article; one without understanding adds none. */
  MapPlaces add(ArticleId id, Understanding u) {
    articles++;
    if (u != null && u.analysed()) {
      tally.add(id, u.places());
    }
    return this;
  }

  int articlesRead() {
    return articles;
  }

  /** The places, most mentioned first. */
  List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (PlacesGeoJson.Use use : tally.uses()) {
      Place p = use.place();
      out.add(new Row(p.geonameId(), p.name(), p.countryCode(), p.latitude(), p.longitude(), use.mentions(),
          use.articles().size(), "/?place=" + SearchForm.encode(p.name())));
    }
    out.sort(Comparator.comparingInt(Row::mentions).reversed().thenComparing(Row::name));
    return out;
  }

  /** A GeoJSON FeatureCollection of points, with each place's name, country, counts and search link. */
  Map<String, Object> geoJson() {
    List<Object> features = new ArrayList<>();
    for (Row r : rows()) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("geonameid", r.geonameId());
      properties.put("name", r.name());
      properties.put("country", r.country());
      properties.put("mentions", r.mentions());
      properties.put("articles", r.articles());
      properties.put("href", r.href());
      features.add(PlacesGeoJson.point(r.longitude(), r.latitude(), properties));
    }
    return PlacesGeoJson.collection(features, ATTRIBUTION);
  }

  /**
   * One place on the map.
   *
   * @param latitude degrees north, WGS84
   * @param longitude degrees east, WGS84
   * @param mentions how often the articles name it
   * @param articles how many articles name it
   */
  record Row(long geonameId, String name, String country, double latitude, double longitude, int mentions,
      int articles, String href) {}
}
