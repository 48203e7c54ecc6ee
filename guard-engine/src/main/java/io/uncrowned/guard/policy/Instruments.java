package io.uncrowned.guard.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The category a decision's instruments fall in, so that "supplied weaponry", "advanced rocket systems" and
 * "Western-made missiles" land on one line while "chip-making equipment" gets its own.
 */
final class Instruments {
  /** Head nouns of arms in news copy: a decision about any of them is a decision about weapons. */
  private static final Set<String> ARMS =
      Set.of("weapon", "weaponry", "arm", "armament", "munition", "ammunition", "missile", "rocket", "system",
          "artillery", "shell", "jet", "fighter", "aircraft", "drone", "tank", "launcher", "bomb", "howitzer",
          "himars", "atacms", "gun", "interceptor");
  static final String WEAPONS = "weapons";

  private Instruments() {}

  /** The category of the first instrument named; {@link LineKey#ANY} when there is none. */
  static String category(List<String> instruments) {
    return instruments.stream()
        .map(Instruments::head)
        .filter(h -> !h.isEmpty())
        .findFirst()
        .map(h -> ARMS.contains(h) ? WEAPONS : h)
        .orElse(LineKey.ANY);
  }

  /** The phrase's last word, lower-cased, with a plural "s" dropped ("rocket systems" → "system"). */
  static String head(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", " ").trim().split("[\\s-]+");
    String last = words[words.length - 1];
    if (last.endsWith("ies") && last.length() > 4) {
      return last.substring(0, last.length() - 3) + "y";
    }
    if (last.endsWith("s") && !last.endsWith("ss") && last.length() > 3) {
      return last.substring(0, last.length() - 1);
    }
    return last;
  }
}
