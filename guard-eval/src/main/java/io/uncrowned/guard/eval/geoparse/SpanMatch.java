package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.places.Toponym;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Matches predicted toponym spans against gold ones, exactly and by overlap (each gold span used once). */
final class SpanMatch {
  private SpanMatch() {}

  static SpanScores score(List<Toponym> predicted, List<GoldToponym> gold) {
    Set<Span> goldSpans = gold.stream().map(GoldToponym::span).collect(Collectors.toSet());
    int exact = (int) predicted.stream().map(Toponym::span).distinct().filter(goldSpans::contains).count();
    Set<Span> used = new HashSet<>();
    int partial = 0;
    for (Toponym p : predicted) {
      for (Span g : goldSpans) {
        if (!used.contains(g) && g.start() < p.span().end() && p.span().start() < g.end()) {
          used.add(g);
          partial++;
          break;
        }
      }
    }
    return new SpanScores(new SpanScores.Prf(exact, predicted.size(), goldSpans.size()),
        new SpanScores.Prf(partial, predicted.size(), goldSpans.size()));
  }
}
