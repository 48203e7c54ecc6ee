package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.FacetCount;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.search.SearchResult;
import io.uncrowned.guard.store.ArticleJson;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guard search QUERY}: ranked hits with highlighted snippets. */
@Command(name = "search", description = "Search the archive: ranked hits with highlighted snippets.")
final class SearchCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words or Lucene query syntax; empty lists the newest.")
  List<String> words = List.of();

  @Option(names = "--source", description = "Only this source (repeatable).")
  Set<String> sources = Set.of();

  @Option(names = {"--lang", "--language"}, description = "Only this language code, e.g. en (repeatable).")
  Set<String> languages = Set.of();

  @Option(names = "--entity", description = "Only articles naming this entity (canonical name; repeatable).")
  Set<String> entities = Set.of();

  @Option(names = "--place", description = "Only articles about this place (e.g. Kharkiv; repeatable).")
  Set<String> places = Set.of();

  @Option(names = "--country", description = "Only articles about this country (ISO code, e.g. UA; repeatable).")
  Set<String> countries = Set.of();

  @Option(names = "--event-kind", description = "Only articles reporting this kind of event (trigger lemma, e.g. strike; repeatable).")
  Set<String> eventKinds = Set.of();

  @Option(names = "--policy-kind", description = "Only articles reporting this kind of decision: grant, restrict, lift, refuse, extend (repeatable).")
  Set<String> policyKinds = Set.of();

  @Option(names = "--from", converter = DateOption.class, description = "Published on or after (YYYY-MM-DD).")
  Instant from;

  @Option(names = "--to", converter = DateOption.class, description = "Published before (YYYY-MM-DD).")
  Instant to;

  @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Hits to show (default 10).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
  int offset;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    SearchRequest request =
        new SearchRequest(
            String.join(" ", words),
            sources,
            languages.stream().map(Lang::of).collect(Collectors.toSet()),
            from,
            to,
            offset,
            limit,
            Map.of(Facet.ENTITY, entities, Facet.PLACE, places, Facet.COUNTRY, countries,
                Facet.EVENT_KIND, eventKinds, Facet.POLICY_KIND, policyKinds));
    SearchResult result;
    try (GuardEngine engine = Engines.openForReading(data)) {
      result = engine.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("query", request.query());
      body.put("total", result.totalHits());
      body.put("hits", result.hits());
      body.put("facets", facetsJson(result));
      out.println(new ArticleJson().write(body));
    } else {
      printHits(out, result);
    }
    out.flush();
    return 0;
  }

  private static Map<String, List<FacetCount>> facetsJson(SearchResult result) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    result.facets().forEach((facet, counts) -> out.put(facet.name().toLowerCase(java.util.Locale.ROOT), counts));
    return out;
  }

  private static void printFacets(PrintWriter out, SearchResult result) {
    for (Facet facet : Facet.values()) {
      List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
      if (!counts.isEmpty()) {
        out.printf("%n%s: %s", facet.name().toLowerCase(java.util.Locale.ROOT),
            counts.stream().map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", ")));
      }
    }
    out.println();
  }

  private void printHits(PrintWriter out, SearchResult result) {
    out.printf("%d hits%n", result.totalHits());
    int rank = offset;
    for (SearchHit h : result.hits()) {
      String date = h.published() == null ? "undated" : h.published().toString().substring(0, 10);
      out.printf("%n%d. %s  [%s]%n   %s · %s · %s%n", ++rank, h.title(), h.id(), h.source(), date, h.language());
      if (!h.snippet().isEmpty()) {
        out.printf("   %s%n", Snippets.forTerminal(h.snippet()));
      }
    }
    if (result.totalHits() > 0) {
      printFacets(out, result);
    }
  }
}
