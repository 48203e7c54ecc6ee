package io.uncrowned.guard.understand.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of place names for comparison: lower case, accents removed, punctuation turned into single
 * spaces, so that "Saint-Étienne", "saint etienne" and "SAINT ÉTIENNE" compare equal.
 */
public final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PlaceNames() {}

  /** The folded form of {@code name}; empty when the name has no letter or digit. */
  public static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    // Apostrophes and full stops vanish rather than split a word: "Martha's", "U.S." = "US".
    plain = plain.replace("'", "").replace("\u2019", "").replace(".", "");
    return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
