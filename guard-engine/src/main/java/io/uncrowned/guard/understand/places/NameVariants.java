package io.uncrowned.guard.understand.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Other ways to look up a toponym the gazetteer does not know as written: a demonym stands for its country
 * or region ("Russian", "Palestinians", "Sri Lankan"), and US newsroom state abbreviations ("W.Va.",
 * "Ill.", "S.C.") for their state.
 */
final class NameVariants {
  /** Demonyms that no suffix rule reaches, folded, to a name the gazetteer knows. */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("american", "United States"), Map.entry("british", "United Kingdom"),
      Map.entry("irish", "Ireland"), Map.entry("english", "England"), Map.entry("scottish", "Scotland"),
      Map.entry("welsh", "Wales"), Map.entry("dutch", "Netherlands"), Map.entry("french", "France"),
      Map.entry("swiss", "Switzerland"), Map.entry("greek", "Greece"), Map.entry("turkish", "Turkey"),
      Map.entry("spanish", "Spain"), Map.entry("danish", "Denmark"), Map.entry("swedish", "Sweden"),
      Map.entry("finnish", "Finland"), Map.entry("polish", "Poland"), Map.entry("thai", "Thailand"),
      Map.entry("filipino", "Philippines"), Map.entry("cypriot", "Cyprus"), Map.entry("abkhaz", "Abkhazia"),
      Map.entry("saudi", "Saudi Arabia"), Map.entry("kiwi", "New Zealand"), Map.entry("afghan", "Afghanistan"),
      Map.entry("pakistani", "Pakistan"), Map.entry("bangladeshi", "Bangladesh"), Map.entry("kurdish", "Kurdistan"),
      Map.entry("israeli", "Israel"), Map.entry("iraqi", "Iraq"), Map.entry("kuwaiti", "Kuwait"),
      Map.entry("yemeni", "Yemen"), Map.entry("somali", "Somalia"), Map.entry("uzbek", "Uzbekistan"),
      Map.entry("kazakh", "Kazakhstan"), Map.entry("tajik", "Tajikistan"), Map.entry("slovak", "Slovakia"),
      Map.entry("czech", "Czechia"), Map.entry("peruvian", "Peru"), Map.entry("malagasy", "Madagascar"));
  private static final String[][] SUFFIXES = {
      {"ians", ""}, {"ians", "ia"}, {"ians", "e"}, {"ian", ""}, {"ian", "ia"}, {"ian", "e"}, {"ian", "y"},
      {"ans", "a"}, {"ans", ""}, {"an", "a"}, {"an", ""}, {"an", "o"}, {"ns", ""}, {"n", ""}, {"is", ""}, {"i", ""},
      {"ese", ""}, {"ese", "a"}, {"ese", "on"}, {"ites", ""}, {"ite", ""}, {"ers", ""}, {"er", ""}};
  /** AP-style state abbreviations (folded, full stops dropped) to postal codes, which are GeoNames' admin1. */
  private static final Map<String, String> US_STATES = Map.ofEntries(
      Map.entry("ala", "AL"), Map.entry("ariz", "AZ"), Map.entry("ark", "AR"), Map.entry("calif", "CA"),
      Map.entry("colo", "CO"), Map.entry("conn", "CT"), Map.entry("del", "DE"), Map.entry("fla", "FL"),
      Map.entry("ga", "GA"), Map.entry("ill", "IL"), Map.entry("ind", "IN"), Map.entry("kan", "KS"),
      Map.entry("kans", "KS"), Map.entry("ky", "KY"), Map.entry("la", "LA"), Map.entry("md", "MD"),
      Map.entry("mass", "MA"), Map.entry("mich", "MI"), Map.entry("minn", "MN"), Map.entry("miss", "MS"),
      Map.entry("mo", "MO"), Map.entry("mont", "MT"), Map.entry("neb", "NE"), Map.entry("nebr", "NE"),
      Map.entry("nev", "NV"), Map.entry("nh", "NH"), Map.entry("nj", "NJ"), Map.entry("nm", "NM"),
      Map.entry("ny", "NY"), Map.entry("nc", "NC"), Map.entry("nd", "ND"), Map.entry("okla", "OK"),
      Map.entry("ore", "OR"), Map.entry("pa", "PA"), Map.entry("penn", "PA"), Map.entry("ri", "RI"),
      Map.entry("sc", "SC"), Map.entry("sd", "SD"), Map.entry("tenn", "TN"), Map.entry("tex", "TX"),
      Map.entry("vt", "VT"), Map.entry("va", "VA"), Map.entry("wash", "WA"), Map.entry("wva", "WV"),
      Map.entry("w va", "WV"), Map.entry("wis", "WI"), Map.entry("wisc", "WI"), Map.entry("wyo", "WY"));

  /** Short names news uses for countries, folded, where the gazetteer's own hit is another thing. */
  private static final Map<String, String> SHORT_NAMES = Map.of(
      "america", "United States", "britain", "United Kingdom", "great britain", "United Kingdom",
      "holland", "Netherlands");

  private NameVariants() {}

  /** The country a short name stands for ("America"), as a one-element list; empty when none. */
  static List<String> shortNameTargets(String folded) {
    return Optional.ofNullable(SHORT_NAMES.get(folded)).map(List::of).orElse(List.of());
  }

  /** True for a state abbreviation with a full stop or a country's short name: trusted over town names. */
  static boolean isStrong(String written) {
    String folded = PlaceNames.fold(written);
    return SHORT_NAMES.containsKey(folded) || written.endsWith(".") && US_STATES.containsKey(folded);
  }

  /** Names the demonym {@code folded} may stand for, most likely first; empty when it is no demonym. */
  static List<String> demonymTargets(String folded) {
    Set<String> out = new LinkedHashSet<>();
    Optional.ofNullable(IRREGULAR.get(folded)).ifPresent(out::add);
    Optional.ofNullable(IRREGULAR.get(folded.replaceFirst("s$", ""))).ifPresent(out::add);
    for (String[] rule : SUFFIXES) {
      if (folded.endsWith(rule[0]) && folded.length() > rule[0].length() + 2) {
        out.add(folded.substring(0, folded.length() - rule[0].length()) + rule[1]);
      }
    }
    return new ArrayList<>(out);
  }

  /** The postal code of a US state written the newsroom way ("W.Va.", "Ill.") or as a postal code ("WV"). */
  static Optional<String> usState(String written) {
    String folded = PlaceNames.fold(written);
    if (written.matches("[A-Z]{2}")) {
      return Optional.of(written);
    }
    boolean abbreviated = written.endsWith(".") || written.matches("(?:[A-Z]\\.\\s?)+[A-Za-z]*\\.?");
    return abbreviated ? Optional.ofNullable(US_STATES.get(folded)) : Optional.empty();
  }
}
