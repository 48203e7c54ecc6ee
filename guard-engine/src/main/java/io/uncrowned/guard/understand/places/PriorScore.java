package io.uncrowned.guard.understand.places;

/** The context-free part of a candidate's score: population, kind of place, name match and level cue. */
final class PriorScore {
  /** Population from which a city is a metropolis, for {@link ResolverWeights#metropolis()}. */
  static final long METROPOLIS = 1_000_000;
  private final ResolverWeights w;

  PriorScore(ResolverWeights weights) {
    this.w = weights;
  }

  /**
   * @param query the folded toponym
   * @param shorter the folded toponym without a trailing level word (same as {@code query} when none)
   */
  double of(Place place, String query, String shorter, LevelCue cue) {
    double score = w.population() * Math.log10(1 + place.population()) / 7;
    if (place.featureClass().equals("P") && place.population() >= METROPOLIS) {
      score += w.metropolis();
    }
    score += kind(place);
    String name = PlaceNames.fold(place.name());
    if (name.equals(query) || name.equals(shorter) || PlaceNames.fold(place.asciiName()).equals(query)) {
      score += w.exactName();
    }
    return score + w.cue() * cueFit(place, cue);
  }

  private double kind(Place p) {
    if (p.isCountry()) {
      return w.country();
    }
    return switch (p.featureCode()) {
      case "ADM1" -> w.region();
      case "PPLC" -> w.capital();
      case "PPLA" -> w.seat();
      case "PPLA2", "PPLA3", "PPLA4", "ADM2" -> w.minorSeat();
      default -> p.featureClass().equals("P") || p.featureClass().equals("A") ? 0 : w.otherFeature();
    };
  }

  /** +1 when the place is at the level the cue asks for, -1 when at another, 0 when nothing is asked. */
  static double cueFit(Place p, LevelCue cue) {
    boolean admin = p.featureClass().equals("A");
    return switch (cue) {
      case NONE -> 0;
      case COUNTRY -> p.isCountry() ? 1 : -1;
      case REGION -> admin && !p.isCountry() ? 1 : -1;
      case CITY -> p.featureClass().equals("P") ? 1 : -1;
    };
  }
}
