package io.uncrowned.guard.serve.web;

import io.javalin.http.Context;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as the web pages hold it: the query, one list of values per filter parameter, the date range
 * and the page offset, read from the URL and written back into links that add or remove one filter. The
 * parameters are those of the JSON API: {@code q}, {@code source}, {@code lang}, {@code entity}, {@code
 * place}, {@code country}, {@code from}, {@code to}, {@code offset}. {@code to} is a date included in the
 * range (the engine's bound is exclusive, so the day after is asked for).
 *
 * @param filters filter parameter to its values, in the order above; only non-empty lists
 * @param from first day, as typed (yyyy-mm-dd); empty when none
 * @param to last day, as typed; empty when none
 */
record SearchForm(String q, Map<String, List<String>> filters, String from, String to, int offset) {
  /** The filter parameters, in the order links write them. */
  static final List<String> FILTERS = List.of("source", "lang", "entity", "place", "country", "eventKind", "policyKind");
  static final int PAGE_SIZE = 10;
  /** Longest query and filter value kept, as in the JSON API; longer input is cut, not refused. */
  private static final int MAX_QUERY = 1000;
  private static final int MAX_VALUE = 200;
  /** Most values kept per filter: enough for any hand-made search, and a bound on the query the engine builds. */
  private static final int MAX_VALUES = 20;

  SearchForm {
    q = q == null ? "" : q.strip();
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (String name : FILTERS) {
      List<String> values = filters.getOrDefault(name, List.of());
      if (!values.isEmpty()) {
        copy.put(name, List.copyOf(values));
      }
    }
    filters = Collections.unmodifiableMap(copy);
    from = from == null ? "" : from.strip();
    to = to == null ? "" : to.strip();
    offset = Math.max(0, Math.min(offset, 10_000));
  }

  /** The search in {@code ctx}'s query string; values that cannot be used are kept for {@link #problems}. */
  static SearchForm read(Context ctx) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String name : FILTERS) {
      Set<String> values = new LinkedHashSet<>();
      for (String v : ctx.queryParams(name)) {
        if (!v.isBlank() && values.size() < MAX_VALUES) {
          values.add(clip(v.strip(), MAX_VALUE));
        }
      }
      filters.put(name, List.copyOf(values));
    }
    return new SearchForm(clip(ctx.queryParam("q"), MAX_QUERY), filters, clip(ctx.queryParam("from"), 40),
        clip(ctx.queryParam("to"), 40),
        offset(ctx.queryParam("offset")));
  }

  static SearchForm empty() {
    return new SearchForm("", Map.of(), "", "", 0);
  }

  /** What the user asked for that cannot be searched, in words; empty when the form is usable. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (String code : values("lang")) {
      if (!code.matches("[A-Za-z]{2,3}")) {
        problems.add("\"" + code + "\" is not a language code (two or three letters, like en).");
      }
    }
    for (String[] bound : new String[][] {{"from", from}, {"to", to}}) {
      if (!bound[1].isEmpty() && day(bound[1]) == null) {
        problems.add("The " + bound[0] + " date \"" + bound[1] + "\" is not a date (yyyy-mm-dd).");
      }
    }
    LocalDate first = day(from);
    LocalDate last = day(to);
    if (first != null && last != null && last.isBefore(first)) {
      problems.add("The date range ends before it starts.");
    }
    return problems;
  }

  /** Whether anything narrows the search (a query, a filter or a date). */
  boolean narrowed() {
    return !q.isEmpty() || !filters.isEmpty() || !from.isEmpty() || !to.isEmpty();
  }

  List<String> values(String name) {
    return filters.getOrDefault(name, List.of());
  }

  /** The engine's request for this form; call only when {@link #problems()} is empty. */
  SearchRequest request(int limit) {
    Set<Lang> languages = new LinkedHashSet<>();
    values("lang").forEach(code -> languages.add(new Lang(code)));
    Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
    facets.put(Facet.ENTITY, Set.copyOf(values("entity")));
    facets.put(Facet.PLACE, Set.copyOf(values("place")));
    facets.put(Facet.COUNTRY, Set.copyOf(values("country")));
    facets.put(Facet.EVENT_KIND, Set.copyOf(values("eventKind")));
    facets.put(Facet.POLICY_KIND, Set.copyOf(values("policyKind")));
    LocalDate first = day(from);
    LocalDate last = day(to);
    Instant start = first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return new SearchRequest(q, Set.copyOf(values("source")), languages, start, end, offset, limit, facets);
  }

  /** A copy that also filters on {@code name=value}, back on the first page. */
  SearchForm with(String name, String value) {
    Map<String, List<String>> more = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(values(name));
    if (!values.contains(value)) {
      values.add(value);
    }
    more.put(name, values);
    return new SearchForm(q, more, from, to, 0);
  }

  /** A copy without the filter {@code name=value}, back on the first page. */
  SearchForm without(String name, String value) {
    Map<String, List<String>> fewer = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(values(name));
    values.remove(value);
    fewer.put(name, values);
    return new SearchForm(q, fewer, from, to, 0);
  }

  /** A copy without the date range. */
  SearchForm withoutDates() {
    return new SearchForm(q, filters, "", "", 0);
  }

  SearchForm at(int newOffset) {
    return new SearchForm(q, filters, from, to, newOffset);
  }

  /** This search as a URL query string, without the leading {@code ?}; empty when there is nothing to say. */
  String query() {
    List<String> parts = new ArrayList<>();
    add(parts, "q", q);
    filters.forEach((name, values) -> values.forEach(v -> add(parts, name, v)));
    add(parts, "from", from);
    add(parts, "to", to);
    if (offset > 0) {
      add(parts, "offset", Integer.toString(offset));
    }
    return String.join("&", parts);
  }

  /** A link to {@code path} carrying this search. */
  String href(String path) {
    String query = query();
    return query.isEmpty() ? path : path + "?" + query;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void add(List<String> parts, String name, String value) {
    if (!value.isEmpty()) {
      parts.add(name + "=" + encode(value));
    }
  }

  private static LocalDate day(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int offset(String s) {
    try {
      return s == null || s.isBlank() ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
