package io.uncrowned.guard.understand.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves toponyms by scoring each gazetteer candidate on a prior (population, kind of place, exact name,
 * level cue such as "the Kharkiv region") and on context: the place or country named right after it
 * ("Springfield, Illinois"), and how many of the article's other places share its country, its first-level
 * region or lie nearby. Beliefs start from the prior and are refined over a few rounds, each sense's
 * context computed from the others' current beliefs. Repeated names with the same cue form one sense and
 * resolve to the same place. Thread-safe: all working state lives in one call.
 */
public final class ContextResolver implements ToponymResolver {
  /** Candidates asked of the gazetteer per name; populous towns would crowd out regions at 20. */
  public static final int MAX_CANDIDATES = 50;
  /** Candidates kept per name after the prior, for the context rounds. */
  static final int KEPT_CANDIDATES = 20;
  /** Population from which a city competes with a region of the same name on equal terms. */
  static final long BIG_CITY = 100_000;

  private final CandidateLookup lookup;
  private final ResolverWeights weights;
  private final PriorScore prior;

  /** A resolver with the default weights. */
  public ContextResolver(Gazetteer gazetteer) {
    this(gazetteer, ResolverWeights.DEFAULT);
  }

  public ContextResolver(Gazetteer gazetteer, ResolverWeights weights) {
    this.lookup = new CandidateLookup(Objects.requireNonNull(gazetteer, "gazetteer"));
    this.weights = Objects.requireNonNull(weights, "weights");
    this.prior = new PriorScore(weights);
  }

  @Override
  public List<PlaceMention> resolve(String text, List<Toponym> toponyms) {
    List<Toponym> ordered = toponyms.stream().sorted(Comparator.comparing(Toponym::span)).toList();
    Map<Toponym, Sense> senseOf = new LinkedHashMap<>();
    List<Sense> senses = senses(text, ordered, senseOf);
    Hierarchy.mark(text, ordered, senseOf);
    for (Sense s : senses) {
      for (int j = 0; j < s.candidates.size(); j++) {
        s.score[j] = s.prior[j] + weights.hierarchy() * s.hierarchy[j];
      }
      s.updateBeliefs(weights.sharpness());
    }
    new ArticleContext(weights).refine(senses);
    List<PlaceMention> out = new ArrayList<>();
    for (Toponym t : toponyms) {
      Sense s = senseOf.get(t);
      if (s != null && !s.isEmpty()) {
        int best = s.best();
        out.add(new PlaceMention(t.span(), t.text(), s.candidates.get(best), s.belief[best]));
      }
    }
    return out;
  }

  private List<Sense> senses(String text, List<Toponym> ordered, Map<Toponym, Sense> senseOf) {
    Map<String, Sense> byKey = new LinkedHashMap<>();
    for (Toponym t : ordered) {
      String query = query(t.text());
      LevelCue cue = LevelCue.around(text, t.span());
      String folded = PlaceNames.fold(query);
      if (folded.isEmpty()) {
        continue;
      }
      Sense sense = byKey.computeIfAbsent(folded + "|" + cue, k -> lookUp(query, cue));
      sense.toponyms.add(t);
      senseOf.put(t, sense);
    }
    return List.copyOf(byKey.values());
  }

  private Sense lookUp(String query, LevelCue cue) {
    Sense sense = new Sense(PlaceNames.fold(query), cue);
    CandidateLookup.Found lookUp = lookup.lookUpNames(query);
    String shorter = LevelCue.withoutLevelWord(sense.query);
    Map<Place, Double> priors = new LinkedHashMap<>();
    for (Place p : lookUp.places()) {
      // What a demonym or an abbreviation stands for counts as an exact name.
      double derived = lookUp.derived().contains(p.geonameId()) ? weights.exactName() : 0;
      priors.put(p, prior.of(p, sense.query, shorter, cue) + derived);
    }
    // Words that name the level ("the Kharkiv region", "the city of") outrank every prior: when some
    // candidate is at that level, the others go.
    if (priors.keySet().stream().anyMatch(p -> PriorScore.cueFit(p, cue) > 0)) {
      priors.keySet().removeIf(p -> PriorScore.cueFit(p, cue) < 0);
    }
    List<Place> kept = priors.entrySet().stream()
        .sorted(Map.Entry.<Place, Double>comparingByValue().reversed()).limit(KEPT_CANDIDATES)
        .map(Map.Entry::getKey).toList();
    sense.setCandidates(kept);
    for (int j = 0; j < kept.size(); j++) {
      sense.prior[j] = priors.get(kept.get(j));
    }
    favourBigCitiesNamedLikeARegion(sense);
    return sense;
  }

  /**
   * A region's kind bonus stands in for the population our regions lack; a big city or the region's own seat
   * sharing the name ("Kharkiv", "New York", "Manchester") gets it too, so that population decides between
   * them unless the words around ask for the region.
   */
  private void favourBigCitiesNamedLikeARegion(Sense sense) {
    List<Place> c = sense.candidates;
    boolean anyRegion = c.stream().anyMatch(Place::isFirstLevelRegion);
    for (int j = 0; j < c.size() && anyRegion; j++) {
      Place city = c.get(j);
      boolean seat = (city.featureCode().equals("PPLA") || city.featureCode().equals("PPLC"))
          && c.stream().anyMatch(r -> r.isFirstLevelRegion() && r.countryCode().equals(city.countryCode())
              && r.admin1Code().equals(city.admin1Code()));
      // Only a city carrying the name itself: "Mexico" must not lift Mexico City to the country's level.
      boolean sameName = PlaceNames.fold(city.name()).equals(sense.query)
          || PlaceNames.fold(city.asciiName()).equals(sense.query);
      if (city.featureClass().equals("P") && sameName && (seat || city.population() >= BIG_CITY)) {
        sense.prior[j] += weights.region();
      }
    }
  }

  /**
   * The gazetteer candidates this resolver weighs for a toponym as written: the name's own, those of the
   * name without a trailing level word ("Kharkiv Oblast") or without full stops ("U.S."), and what a demonym
   * or a state abbreviation stands for, first when the name itself has no exact hit.
   */
  public List<Place> candidates(String written) {
    return lookup.candidates(written);
  }

  /** The name looked up for a toponym as written: without a leading "the" or a trailing possessive. */
  public static String query(String written) {
    return CandidateLookup.query(written);
  }
}
