package io.uncrowned.guard.understand.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The context part of {@link ContextResolver}'s score: for each candidate, the share of the article's other
 * senses (weighted by current belief) that lie in the same country, the same first-level region, or within
 * a radius. Recomputed for a few rounds so that confident senses pull the ambiguous ones.
 */
final class ArticleContext {
  /** Candidates of other senses below this belief are ignored by the distance feature (speed). */
  private static final double MIN_BELIEF = 0.05;
  private final ResolverWeights w;

  ArticleContext(ResolverWeights weights) {
    this.w = weights;
  }

  void refine(List<Sense> all) {
    List<Sense> senses = all.stream().filter(s -> !s.isEmpty()).toList();
    int others = senses.size() - 1;
    if (others < 1) {
      return;
    }
    for (int round = 0; round < w.rounds(); round++) {
      Map<String, Double> countries = new HashMap<>();
      Map<String, Double> regions = new HashMap<>();
      for (Sense s : senses) {
        shares(s, false).forEach((k, v) -> countries.merge(k, v, Double::sum));
        shares(s, true).forEach((k, v) -> regions.merge(k, v, Double::sum));
      }
      double[][] next = new double[senses.size()][];
      for (int i = 0; i < senses.size(); i++) {
        next[i] = scores(senses.get(i), senses, countries, regions, others);
      }
      for (int i = 0; i < senses.size(); i++) {
        senses.get(i).score = next[i];
        senses.get(i).updateBeliefs(w.sharpness());
      }
    }
  }

  private double[] scores(Sense s, List<Sense> senses, Map<String, Double> countries,
      Map<String, Double> regions, int others) {
    Map<String, Double> ownCountries = shares(s, false);
    Map<String, Double> ownRegions = shares(s, true);
    double[] out = new double[s.candidates.size()];
    for (int j = 0; j < out.length; j++) {
      Place c = s.candidates.get(j);
      String cc = c.countryCode();
      double sameCountry = cc.isEmpty() ? 0
          : countries.getOrDefault(cc, 0.0) - ownCountries.getOrDefault(cc, 0.0);
      String region = regionKey(c);
      double sameRegion = region == null ? 0
          : regions.getOrDefault(region, 0.0) - ownRegions.getOrDefault(region, 0.0);
      double near = isCoarse(c) ? 0 : nearby(s, c, senses);
      out[j] = s.prior[j] + w.hierarchy() * s.hierarchy[j]
          + (w.sameCountry() * sameCountry + w.sameRegion() * sameRegion + w.nearby() * near) / others;
    }
    return out;
  }

  private double nearby(Sense self, Place c, List<Sense> senses) {
    double sum = 0;
    for (Sense o : senses) {
      if (o == self) {
        continue;
      }
      for (int k = 0; k < o.candidates.size(); k++) {
        Place p = o.candidates.get(k);
        if (o.belief[k] >= MIN_BELIEF && !isCoarse(p) && GreatCircle.km(c, p) <= w.nearbyKm()) {
          sum += o.belief[k];
        }
      }
    }
    return Math.min(sum, senses.size() - 1.0);
  }

  /** Countries and regions have a centroid, not a location: distances to them mean little. */
  private static boolean isCoarse(Place p) {
    return p.isCountry() || p.isFirstLevelRegion() || p.featureClass().equals("L")
        || p.countryCode().isEmpty();
  }

  /** The belief this sense puts on each country (or region), each at most 1. */
  private static Map<String, Double> shares(Sense s, boolean byRegion) {
    Map<String, Double> out = new HashMap<>();
    for (int j = 0; j < s.candidates.size(); j++) {
      Place c = s.candidates.get(j);
      String key = byRegion ? regionKey(c) : c.countryCode();
      if (key != null && !key.isEmpty()) {
        out.merge(key, s.belief[j], Double::sum);
      }
    }
    return out;
  }

  private static String regionKey(Place p) {
    return p.countryCode().isEmpty() || p.admin1Code().isEmpty() || p.isCountry() ? null
        : p.countryCode() + "." + p.admin1Code();
  }
}
