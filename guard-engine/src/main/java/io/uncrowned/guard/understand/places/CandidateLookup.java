package io.uncrowned.guard.understand.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Gazetteer candidates for a toponym as written, with the name variants news uses. Thread-safe. */
final class CandidateLookup {
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s|'|\u2019)$");
  private final Gazetteer gazetteer;

  CandidateLookup(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The gazetteer candidates this resolver weighs for a toponym as written: the name's own, those of the
   * name without a trailing level word ("Kharkiv Oblast") or without full stops ("U.S."), and what a demonym
   * or a state abbreviation stands for, first when the name itself has no exact hit.
   */
  List<Place> candidates(String written) {
    return lookUpNames(written).places();
  }

  /** Candidates, and the ids of those reached through a demonym or an abbreviation. */
  record Found(List<Place> places, Set<Long> derived) {}

  Found lookUpNames(String written) {
    String query = query(written);
    String folded = PlaceNames.fold(query);
    Set<Place> found = new LinkedHashSet<>(gazetteer.candidates(query, ContextResolver.MAX_CANDIDATES));
    String shorter = LevelCue.withoutLevelWord(folded);
    if (!shorter.equals(folded) && !shorter.isEmpty()) {
      // "Kharkiv Oblast" may be listed only as "Kharkiv": try both, the full name's hits first.
      found.addAll(gazetteer.candidates(shorter, ContextResolver.MAX_CANDIDATES));
    }
    if (found.isEmpty() && query.contains(".")) {
      found.addAll(gazetteer.candidates(query.replace(".", ""), ContextResolver.MAX_CANDIDATES));
    }
    boolean exact = found.stream().anyMatch(p -> PlaceNames.fold(p.name()).equals(folded)
        || PlaceNames.fold(p.asciiName()).equals(folded));
    // A newsroom abbreviation or a country's short name is evidence enough even when some town carries the
    // same letters ("Kan.", "America").
    List<Place> variants = exact && !NameVariants.isStrong(written) ? List.of() : variants(query, folded);
    Set<Place> all = new LinkedHashSet<>(variants);
    all.addAll(found);
    Set<Long> derived = new HashSet<>();
    variants.forEach(p -> derived.add(p.geonameId()));
    return new Found(distinct(List.copyOf(all)), derived);
  }

  /** A US state abbreviation's state, or the countries and regions a demonym stands for. */
  private List<Place> variants(String written, String folded) {
    Optional<String> state = NameVariants.usState(written);
    if (state.isPresent()) {
      return gazetteer.region("US", state.get()).map(List::of).orElse(List.of());
    }
    List<String> targets = new ArrayList<>(NameVariants.shortNameTargets(folded));
    targets.addAll(NameVariants.demonymTargets(folded));
    for (String target : targets) {
      List<Place> areas = gazetteer.candidates(target, ContextResolver.MAX_CANDIDATES).stream()
          .filter(p -> p.isCountry() || p.isFirstLevelRegion() || p.featureCode().equals("CONT")).toList();
      if (!areas.isEmpty()) {
        return distinct(areas);
      }
    }
    return List.of();
  }

  private static List<Place> distinct(List<Place> places) {
    Map<Long, Place> byId = new LinkedHashMap<>();
    places.forEach(p -> byId.putIfAbsent(p.geonameId(), p));
    return List.copyOf(byId.values());
  }

  /** The name to look up: without a leading "the" or a trailing possessive. */
  static String query(String written) {
    String q = LEADING_THE.matcher(written.strip()).replaceFirst("");
    return POSSESSIVE.matcher(q).replaceFirst("").strip();
  }

}
