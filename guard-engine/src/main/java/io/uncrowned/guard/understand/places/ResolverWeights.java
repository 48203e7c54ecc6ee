package io.uncrowned.guard.understand.places;

/**
 * The weights of {@link ContextResolver}'s linear score. Each candidate's score is a prior (population,
 * kind of place, name match, level cue) plus context (the article's other places); the defaults were tuned
 * on the even-numbered documents of LGL only.
 *
 * @param population weight of log10(1 + population) / 7
 * @param metropolis bonus for a city of a million people or more: without it, local news tuning lets a few
 *     small neighbouring homonyms outvote London (CLAVIN's "London, Manchester, Haverhill" case)
 * @param country bonus for a country or territory
 * @param region bonus for a first-level region (ADM1)
 * @param capital bonus for a national capital (PPLC)
 * @param seat bonus for a seat of a first-level region (PPLA)
 * @param minorSeat bonus for other seats (PPLA2…) and second-level divisions (ADM2)
 * @param otherFeature bonus (usually negative) for features that are neither populated nor administrative
 * @param exactName bonus when the candidate's main name equals the toponym (not an alternate name)
 * @param cue bonus for matching the level the words around the toponym ask for, malus for the other levels
 * @param hierarchy bonus for a place inside the region or country named right after it ("Springfield,
 *     Illinois"), and for that container
 * @param sameCountry weight of the share of the article's other places that lie in the same country
 * @param sameRegion weight of the share of the article's other places in the same first-level region
 * @param nearby weight of the share of the article's other places within {@code nearbyKm}
 * @param nearbyKm radius for {@code nearby}, in kilometres
 * @param rounds how many times the context is recomputed from the current beliefs
 * @param sharpness multiplies scores before the softmax that turns them into beliefs
 */
public record ResolverWeights(
    double population,
    double metropolis,
    double country,
    double region,
    double capital,
    double seat,
    double minorSeat,
    double otherFeature,
    double exactName,
    double cue,
    double hierarchy,
    double sameCountry,
    double sameRegion,
    double nearby,
    double nearbyKm,
    int rounds,
    double sharpness) {

  /** The defaults (tuned on LGL's even documents). */
  public static final ResolverWeights DEFAULT =
      new ResolverWeights(0.28, 0.5, 1.5, 1.5, 0.25, 0, 0, 0.25, 0.675, 0.75, 2.0, 0.75, 0.75, 3.375, 60, 3, 4.0);

  public ResolverWeights {
    if (rounds < 0 || nearbyKm <= 0 || sharpness <= 0) {
      throw new IllegalArgumentException("rounds >= 0, nearbyKm > 0 and sharpness > 0 required");
    }
  }
}
