package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guard places ID|QUERY}: the resolved places of one article or of a search's hits. */
@Command(
    name = "places",
    description = "Places of an article (by id) or of the articles a query finds; --geojson for a map.")
final class PlacesCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ID|QUERY", description = "An article id, or search words (empty: all).")
  List<String> words = List.of();

  @Option(names = "--geojson", description = "Print a GeoJSON FeatureCollection (one point per place).")
  boolean geojson;

  @Option(names = {"-n", "--limit"}, defaultValue = "200", description = "Articles to take from the search (default 200).")
  int limit;

  /** One place and the articles that name it. */
  private record PlaceUse(Place place, Set<String> names, Set<ArticleId> articles, int[] mentions) {}

  @Override
  public Integer call() {
    Map<Long, PlaceUse> uses = new LinkedHashMap<>();
    try (GuardEngine engine = Engines.openForReading(data)) {
      for (ArticleId id : articles(engine)) {
        Understanding u = engine.understanding(id).orElse(null);
        if (u == null) {
          continue;
        }
        for (PlaceMention m : u.places()) {
          PlaceUse use = uses.computeIfAbsent(
              m.place().geonameId(), k -> new PlaceUse(m.place(), new LinkedHashSet<>(), new LinkedHashSet<>(), new int[1]));
          use.names().add(m.text());
          use.articles().add(id);
          use.mentions()[0]++;
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (geojson) {
      out.println(new ArticleJson().write(featureCollection(uses.values())));
    } else {
      uses.values().forEach(u -> out.printf(Locale.ROOT, "%-28s %s  GeoNames %d  %.4f, %.4f  %d mentions in %d articles%n",
          u.place().name(), u.place().countryCode(), u.place().geonameId(), u.place().latitude(), u.place().longitude(),
          u.mentions()[0], u.articles().size()));
      out.println("Place data: GeoNames (CC BY 4.0)");
    }
    out.flush();
    return 0;
  }

  private List<ArticleId> articles(GuardEngine engine) {
    String text = String.join(" ", words).strip();
    if (text.matches("[0-9a-fA-F]{16}")) {
      ArticleId id = new ArticleId(text.toLowerCase(Locale.ROOT));
      if (engine.article(id).isPresent()) {
        return List.of(id);
      }
    }
    SearchRequest request = new SearchRequest(text, Set.of(), Set.of(), null, null, 0, Math.min(1000, Math.max(1, limit)));
    return engine.search(request).hits().stream().map(SearchHit::id).toList();
  }

  private static Map<String, Object> featureCollection(Iterable<PlaceUse> uses) {
    List<Object> features = new ArrayList<>();
    for (PlaceUse u : uses) {
      Place p = u.place();
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("geonameid", p.geonameId());
      properties.put("name", p.name());
      properties.put("country", p.countryCode());
      properties.put("featureCode", p.featureCode());
      properties.put("population", p.population());
      properties.put("names", u.names());
      properties.put("mentions", u.mentions()[0]);
      properties.put("articles", u.articles().stream().map(ArticleId::value).toList());
      Map<String, Object> feature = new LinkedHashMap<>();
      feature.put("type", "Feature");
      feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
      feature.put("properties", properties);
      features.add(feature);
    }
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("type", "FeatureCollection");
    collection.put("attribution", "GeoNames (geonames.org), CC BY 4.0");
    collection.put("features", features);
    return collection;
  }
}
