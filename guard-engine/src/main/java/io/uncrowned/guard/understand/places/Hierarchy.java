package io.uncrowned.guard.understand.places;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Explicit hierarchy in the text: "Springfield, Illinois", "Paris (Texas)". */
final class Hierarchy {
  private static final Pattern GAP = Pattern.compile("\\s*,\\s*|\\s*\\(\\s*");

  private Hierarchy() {}

  /** "Springfield, Illinois": a place followed by a comma and a region or country that contains it. */
  static void mark(String text, List<Toponym> ordered, Map<Toponym, Sense> senseOf) {
    for (int i = 0; i + 1 < ordered.size(); i++) {
      Toponym inner = ordered.get(i);
      Toponym outer = ordered.get(i + 1);
      Sense in = senseOf.get(inner);
      Sense out = senseOf.get(outer);
      if (in == null || out == null || in == out || outer.span().start() < inner.span().end()
          || !GAP.matcher(text.substring(inner.span().end(), outer.span().start())).matches()) {
        continue;
      }
      for (int j = 0; j < in.candidates.size(); j++) {
        for (int k = 0; k < out.candidates.size(); k++) {
          if (contains(out.candidates.get(k), in.candidates.get(j))) {
            in.hierarchy[j] = 1;
            out.hierarchy[k] = 1;
          }
        }
      }
    }
  }

  static boolean contains(Place outer, Place inner) {
    if (outer.geonameId() == inner.geonameId() || !outer.countryCode().equals(inner.countryCode())) {
      return false;
    }
    if (outer.isCountry()) {
      return !inner.isCountry();
    }
    return outer.isFirstLevelRegion() && !inner.isFirstLevelRegion() && !inner.isCountry()
        && outer.admin1Code().equals(inner.admin1Code()) && !outer.admin1Code().isEmpty();
  }
}
