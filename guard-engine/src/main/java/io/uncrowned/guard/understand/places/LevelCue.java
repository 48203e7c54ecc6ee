package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.Span;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The administrative level the words around a toponym ask for: "the Kharkiv region" asks for a region,
 * "the city of Kharkiv" or "Kharkiv, Ukraine's second-largest city" for a city. Read from the toponym's own
 * text and a few words either side; NONE when nothing says.
 */
public enum LevelCue {
  NONE,
  COUNTRY,
  REGION,
  CITY;

  private static final Pattern REGION_WORDS = Pattern.compile(
      "(?:region|oblast|province|state|governorate|prefecture|county|parish|district|territory|krai|"
          + "voivodeship|canton|border area|border region)");
  private static final Pattern REGION_AFTER = Pattern.compile("^\\s+" + REGION_WORDS.pattern() + "\\b.*",
      Pattern.DOTALL);
  private static final Pattern REGION_INSIDE = Pattern.compile(".*\\s" + REGION_WORDS.pattern() + "$");
  private static final Pattern CITY_AFTER = Pattern.compile(
      "^(?:\\s+city\\b|,\\s+(?:the\\s+)?[\\p{L} ]{0,25}?(?:'s|\u2019s)?\\s*(?:[\\p{L}-]+\\s+){0,2}"
          + "(?:city|town|capital|village|port)\\b).*", Pattern.DOTALL);
  private static final Pattern CITY_BEFORE = Pattern.compile(
      ".*\\b(?:city|town|village|port|capital) of\\s+$", Pattern.DOTALL);
  private static final Pattern COUNTRY_BEFORE = Pattern.compile(".*\\b(?:country|nation) of\\s+$",
      Pattern.DOTALL);

  /** The cue for the toponym at {@code span} of {@code text}. */
  public static LevelCue around(String text, Span span) {
    String inside = PlaceNames.fold(span.of(text));
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 60)).toLowerCase(Locale.ROOT);
    String before = text.substring(Math.max(0, span.start() - 20), span.start()).toLowerCase(Locale.ROOT);
    if (REGION_INSIDE.matcher(inside).matches()) {
      return REGION;
    }
    // An apposition naming a city outranks a region word: "the Kharkiv region, Ukraine's second-largest city".
    String afterRegion = REGION_AFTER.matcher(after).matches() ? after.replaceFirst("^\\s+" + REGION_WORDS.pattern(), "") : after;
    if (CITY_AFTER.matcher(afterRegion).matches() || CITY_BEFORE.matcher(before).matches()) {
      return CITY;
    }
    if (REGION_AFTER.matcher(after).matches()) {
      return REGION;
    }
    if (COUNTRY_BEFORE.matcher(before).matches()) {
      return COUNTRY;
    }
    return NONE;
  }

  /** {@code name} without a trailing region word ("Kharkiv Oblast" → "Kharkiv"); unchanged when none. */
  static String withoutLevelWord(String foldedName) {
    return foldedName.replaceFirst("\\s" + REGION_WORDS.pattern() + "$", "").replaceFirst("^city of ", "");
  }
}
