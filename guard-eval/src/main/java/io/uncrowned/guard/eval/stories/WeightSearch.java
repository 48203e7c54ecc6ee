package io.uncrowned.guard.eval.stories;

import io.uncrowned.guard.stories.ArticleSignals;
import io.uncrowned.guard.stories.StoryWeights;
import java.util.List;
import java.util.Map;

/** A grid search over the clusterer's weights and threshold, by B-cubed F1 on the tuning documents. */
final class WeightSearch {
  // Events never earned a weight in wider searches on the tuning half (0 of 0, 0.25, 0.5): kept at 0 here
  // Wider searches (lexical 0.5, 4; entities 1; places 0) never won on the tuning half: left out to keep a run short
  private static final double[] LEXICAL = {0, 1.0, 2.0, 3.0};
  private static final double[] ENTITIES = {0, 0.5};
  private static final double[] PLACES = {0.5};
  private static final double[] EVENTS = {0};
  private static final double[] KEYWORDS = {0, 0.5};

  private final Map<String, ArticleSignals> features;

  WeightSearch(Map<String, ArticleSignals> features) {
    this.features = features;
  }

  record Result(StoryWeights weights, double f1) {}

  Result best(List<StoryDoc> tune) {
    StoryWeights base = StoryWeights.DEFAULT;
    Result best = new Result(base, -1);
    Map<String, String> gold = StoriesEvaluation.gold(tune);
    for (double x : LEXICAL) {
      for (double e : ENTITIES) {
        for (double p : PLACES) {
          for (double v : EVENTS) {
            for (double k : KEYWORDS) {
              best = bestThreshold(tune, gold,
                  new StoryWeights(1.0, x, e, p, v, k, 0, base.coldAfter(), base.echo()), best);
            }
          }
        }
      }
    }
    return best;
  }

  private Result bestThreshold(List<StoryDoc> tune, Map<String, String> gold, StoryWeights w, Result best) {
    for (double t = 0.6; t <= 1.8; t += 0.05) {
      StoryWeights tried = w.withThreshold(t);
      double f1 = ClusterScores.of(StoriesEvaluation.cluster(features, tune, tried), gold).b3F1();
      if (f1 > best.f1()) {
        best = new Result(tried, f1);
      }
    }
    return best;
  }
}
