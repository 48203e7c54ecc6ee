package io.uncrowned.guard.serve.web;

import io.javalin.http.Context;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.FacetCount;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /}: the search form, the hits with their highlighted snippets, and the facets as links that add
 * or remove a filter. Works without JavaScript: the form is a plain GET form.
 */
final class SearchPage {
  private static final int FACET_VALUES = 8;

  private final GuardEngine engine;
  private final Pages pages;

  SearchPage(GuardEngine engine, Pages pages) {
    this.engine = engine;
    this.pages = pages;
  }

  void handle(Context ctx) {
    SearchForm form = SearchForm.read(ctx);
    List<String> problems = new ArrayList<>(form.problems());
    SearchResult result = null;
    if (problems.isEmpty()) {
      try {
        result = engine.search(form.request(SearchForm.PAGE_SIZE));
      } catch (IllegalArgumentException e) {
        problems.add("The query could not be read: " + e.getMessage());
      }
    }
    if (result == null) {
      ctx.status(400);
      pages.write(ctx, "search.jte", view(form, problems, new SearchResult(0, List.of(), Map.of())));
      return;
    }
    pages.write(ctx, "search.jte", view(form, problems, result));
  }

  static View view(SearchForm form, List<String> problems, SearchResult result) {
    List<Hit> hits = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      hits.add(new Hit(h.title().isBlank() ? "(untitled)" : h.title(), "/articles/" + h.id().value(),
          h.source(), Pages.day(h.published()), Pages.isoDay(h.published()), h.language().code(),
          SafeHtml.snippet(h.snippet())));
    }
    List<FacetGroup> facets = new ArrayList<>();
    facets.add(group("Source", "source", Facet.SOURCE, form, result));
    facets.add(group("Language", "lang", Facet.LANGUAGE, form, result));
    facets.add(group("Country", "country", Facet.COUNTRY, form, result));
    facets.add(group("Place", "place", Facet.PLACE, form, result));
    facets.add(group("Actor", "entity", Facet.ENTITY, form, result));
    facets.add(group("Policy", "policyKind", Facet.POLICY_KIND, form, result));
    facets.add(group("Event", "eventKind", Facet.EVENT_KIND, form, result));
    int shownTo = form.offset() + hits.size();
    String previous = form.offset() > 0 ? form.at(Math.max(0, form.offset() - SearchForm.PAGE_SIZE)).href("/") : null;
    String next = shownTo < result.totalHits() ? form.at(shownTo).href("/") : null;
    SearchForm first = form.at(0);
    return new View(form, List.copyOf(problems), result.totalHits(), form.offset() + 1, shownTo, hits,
        facets.stream().filter(g -> !g.values().isEmpty()).toList(), active(form), previous, next,
        first.href("/map"), feed(first));
  }

  private static FacetGroup group(String label, String param, Facet facet, SearchForm form, SearchResult result) {
    List<FacetLink> links = new ArrayList<>();
    for (FacetCount c : result.facets().getOrDefault(facet, List.of())) {
      if (links.size() == FACET_VALUES) {
        break;
      }
      boolean on = form.values(param).contains(c.value());
      SearchForm target = on ? form.without(param, c.value()) : form.with(param, c.value());
      links.add(new FacetLink(c.value(), c.count(), target.href("/"), on));
    }
    return new FacetGroup(label, param, links);
  }

  private static List<ActiveFilter> active(SearchForm form) {
    List<ActiveFilter> active = new ArrayList<>();
    form.filters().forEach((name, values) -> values.forEach(
        v -> active.add(new ActiveFilter(name, v, form.without(name, v).href("/")))));
    if (!form.from().isEmpty() || !form.to().isEmpty()) {
      String range = (form.from().isEmpty() ? "…" : form.from()) + " to " + (form.to().isEmpty() ? "…" : form.to());
      active.add(new ActiveFilter("dates", range, form.withoutDates().href("/")));
    }
    return active;
  }

  private static String feed(SearchForm form) {
    String query = form.query();
    return query.isEmpty() ? "/feeds/search" : "/feeds/search?" + query;
  }

  /** The search page's model. */
  record View(SearchForm form, List<String> problems, long total, int firstShown, int lastShown, List<Hit> hits,
      List<FacetGroup> facets, List<ActiveFilter> active, String previousHref, String nextHref, String mapHref,
      String feedHref) {}

  /** One hit: {@code snippetHtml} is sanitised (escaped text and {@code <b>} only). */
  record Hit(String title, String href, String source, String published, String publishedIso, String language,
      String snippetHtml) {}

  /** One facet's top values over all matching articles. */
  record FacetGroup(String label, String param, List<FacetLink> values) {}

  /** A facet value: following {@code href} adds its filter, or removes it when {@code active}. */
  record FacetLink(String value, long count, String href, boolean active) {}

  /** A filter in force, with the link that drops it. */
  record ActiveFilter(String name, String value, String removeHref) {}
}
