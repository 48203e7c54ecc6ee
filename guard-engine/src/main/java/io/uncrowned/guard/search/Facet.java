package io.uncrowned.guard.search;

import java.util.Locale;

/** The facets search counts and filters on. */
public enum Facet {
  SOURCE,
  LANGUAGE,
  ENTITY,
  PLACE,
  COUNTRY,
  /** What happened: the lemma of each event's trigger ("strike", "authorize"). */
  EVENT_KIND,
  /** Which decisions the article reports: grant, restrict, lift, refuse, extend. */
  POLICY_KIND;

  /** The Lucene field (and facet dimension) name. */
  String field() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field holding normalised values for filtering, so "--place kharkiv" finds "Kharkiv". */
  String filterField() {
    return field() + "_key";
  }

  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
