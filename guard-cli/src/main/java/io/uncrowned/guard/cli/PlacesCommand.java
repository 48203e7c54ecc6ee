package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.understand.places.PlacesGeoJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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

  @Override
  public Integer call() {
    PlacesGeoJson places = new PlacesGeoJson();
    try (GuardEngine engine = Engines.openForReading(data)) {
      for (ArticleId id : articles(engine)) {
        engine.understanding(id).ifPresent(u -> places.add(id, u.places()));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (geojson) {
      out.println(new ArticleJson().write(places.featureCollection()));
    } else {
      places.uses().forEach(u -> out.printf(Locale.ROOT, "%-28s %s  GeoNames %d  %.4f, %.4f  %d mentions in %d articles%n",
          u.place().name(), u.place().countryCode(), u.place().geonameId(), u.place().latitude(), u.place().longitude(),
          u.mentions(), u.articles().size()));
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
}
