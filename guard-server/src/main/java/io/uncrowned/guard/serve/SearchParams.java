package io.uncrowned.guard.serve;

import io.javalin.http.Context;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.SearchRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a search from query parameters, the same for the JSON API, the places map and the Atom feed:
 * {@code q}, {@code source}, {@code lang}, {@code from}, {@code to}, {@code offset}, {@code limit}, and one
 * repeatable filter per facet named in camel case ({@code entity}, {@code place}, {@code country}, and
 * {@code eventKind}, {@code policyKind}). Malformed values are the
 * client's mistake: {@link ApiException} 400 naming the parameter.
 */
final class SearchParams {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;

  private SearchParams() {}

  static SearchRequest read(Context ctx) {
    return read(ctx, DEFAULT_LIMIT, MAX_LIMIT);
  }

  static SearchRequest read(Context ctx, int defaultLimit, int maxLimit) {
    String q = ctx.queryParam("q");
    int offset = integer(ctx, "offset", 0);
    int limit = integer(ctx, "limit", defaultLimit);
    if (offset < 0 || offset > 10_000) {
      throw ApiException.badRequest("offset must be between 0 and 10000: " + offset);
    }
    if (limit < 1 || limit > maxLimit) {
      throw ApiException.badRequest("limit must be between 1 and " + maxLimit + ": " + limit);
    }
    if (q != null && q.length() > 1000) {
      throw ApiException.badRequest("q is longer than 1000 characters");
    }
    Set<Lang> languages = new LinkedHashSet<>();
    for (String code : values(ctx, "lang")) {
      try {
        languages.add(new Lang(code.toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("lang is not a language code: " + code);
      }
    }
    Instant from = date(ctx, "from");
    Instant to = date(ctx, "to");
    if (from != null && to != null && !from.isBefore(to)) {
      throw ApiException.badRequest("from must be before to");
    }
    return new SearchRequest(q == null ? "" : q.strip(), values(ctx, "source"), languages, from, to, offset,
        limit, filters(ctx));
  }

  /** A true/false parameter; absent: {@code fallback}. */
  static boolean bool(Context ctx, String name, boolean fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.badRequest(name + " must be true or false: " + raw);
    };
  }

  /** The query parameter naming a facet's filter: {@code EVENT_KIND} is {@code eventKind}. */
  static String parameter(Facet facet) {
    StringBuilder s = new StringBuilder();
    boolean upper = false;
    for (char c : facet.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        s.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return s.toString();
  }

  private static Map<Facet, Set<String>> filters(Context ctx) {
    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      if (facet == Facet.SOURCE || facet == Facet.LANGUAGE) {
        continue; // given as source= and lang=
      }
      Set<String> values = values(ctx, parameter(facet));
      if (!values.isEmpty()) {
        filters.put(facet, values);
      }
    }
    return filters;
  }

  private static Set<String> values(Context ctx, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : ctx.queryParams(name)) {
      if (!v.isBlank()) {
        if (v.length() > 200) {
          throw ApiException.badRequest(name + " value is longer than 200 characters");
        }
        out.add(v.strip());
      }
    }
    return out;
  }

  static int integer(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " is not a whole number: " + v);
    }
  }

  /** A date (start of that day, UTC) or an ISO-8601 instant; null when absent. */
  static Instant date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return v.contains("T") ? Instant.parse(v.strip()) : LocalDate.parse(v.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " is not a date (YYYY-MM-DD) or instant: " + v);
    }
  }
}
