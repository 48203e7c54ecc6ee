package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.GreatCircle;
import io.uncrowned.guard.understand.places.PlaceMention;
import io.uncrowned.guard.understand.places.ResolverWeights;
import io.uncrowned.guard.understand.places.Toponym;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coordinate search of {@link ResolverWeights} maximising acc@161 on the tuning half (even documents) of a
 * corpus with gold toponyms: {@code [--corpus lgl] [--passes 2]}. Prints the best weights; never run it on
 * a corpus whose figures are reported as unseen.
 */
public final class WeightSearch {
  private static final double[] FACTORS = {0, 0.5, 0.75, 1.5, 2};
  private WeightSearch() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    String corpus = args.length > 1 && args[0].equals("--corpus") ? args[1] : "lgl";
    List<GoldDocument> tuning = GeoCorpus.read(GeoparseEvalMain.corpusFile(corpus), corpus).documents()
        .stream().filter(GoldDocument::isTuning).toList();
    try (Gazetteer gazetteer = GeonamesFileGazetteer.load(GeoparseEvalMain.sharedData().resolve("geonames"))) {
      double[] best = values(ResolverWeights.DEFAULT);
      double bestScore = accuracy(gazetteer, build(best), tuning);
      System.out.printf(Locale.ROOT, "start %.4f%n", bestScore);
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < best.length - 2; i++) {
          if (i == 1) {
            continue; // metropolis stays where the CLAVIN cases need it
          }
          for (double f : FACTORS) {
            double[] trial = best.clone();
            trial[i] = best[i] == 0 ? f - 0.5 : best[i] * f;
            if (i == 14 && trial[i] <= 0) {
              continue;
            }
            double score = accuracy(gazetteer, build(trial), tuning);
            if (score > bestScore + 1e-9) {
              bestScore = score;
              best = trial;
              System.out.printf(Locale.ROOT, "%.4f %s%n", score, build(best));
            }
          }
        }
      }
      System.out.println("best " + build(best));
    }
  }

  private static double accuracy(Gazetteer gazetteer, ResolverWeights w, List<GoldDocument> docs) {
    ContextResolver resolver = new ContextResolver(gazetteer, w);
    int right = 0;
    int all = 0;
    for (GoldDocument d : docs) {
      List<GoldToponym> gold = d.toponyms().stream().filter(GoldToponym::hasPoint).toList();
      Map<io.uncrowned.guard.article.Span, PlaceMention> found = resolver.resolve(d.text(),
              gold.stream().map(g -> new Toponym(g.span(), g.text())).toList()).stream()
          .collect(Collectors.toMap(PlaceMention::span, Function.identity(), (a, b) -> a));
      for (GoldToponym g : gold) {
        PlaceMention m = found.get(g.span());
        all++;
        if (m != null && GreatCircle.km(g.latitude(), g.longitude(), m.place().latitude(),
            m.place().longitude()) <= ErrorStats.ACCURACY_KM) {
          right++;
        }
      }
    }
    return (double) right / all;
  }

  private static double[] values(ResolverWeights w) throws ReflectiveOperationException {
    List<Double> out = new ArrayList<>();
    for (RecordComponent c : ResolverWeights.class.getRecordComponents()) {
      out.add(((Number) c.getAccessor().invoke(w)).doubleValue());
    }
    // Keep rounds and sharpness last, outside the search's reach but carried along.
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static ResolverWeights build(double[] v) {
    return new ResolverWeights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
        v[12], v[13], v[14], (int) v[15], v[16]);
  }
}
