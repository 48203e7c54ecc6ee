package io.uncrowned.guard.eval.stories;

import io.uncrowned.guard.stories.ArticleSignals;
import io.uncrowned.guard.stories.StoryWeights;
import java.util.List;
import java.util.Map;

/** A grid search over the clusterer's weights and threshold, by B-cubed F1 on the tuning documents. */
final class WeightSearch {
  private static final double[] ENTITIES = {0, 0.25, 0.5, 0.75, 1.0, 1.5};
  private static final double[] PLACES = {0, 0.25, 0.5};
  private static final double[] EVENTS = {0, 0.25, 0.5};

  private final Map<String, ArticleSignals> features;

  WeightSearch(Map<String, ArticleSignals> features) {
    this.features = features;
  }

  record Result(StoryWeights weights, double f1) {}

  Result best(List<StoryDoc> tune) {
    StoryWeights base = StoryWeights.DEFAULT;
    Result best = new Result(base, -1);
    Map<String, String> gold = StoriesEvaluation.gold(tune);
    for (double e : ENTITIES) {
      for (double p : PLACES) {
        for (double v : EVENTS) {
          for (double t = 0.3; t <= 1.6; t += 0.025) {
            StoryWeights w = new StoryWeights(1.0, e, p, v, t, base.coldAfter(), base.echo());
            double f1 = ClusterScores.of(StoriesEvaluation.cluster(features, tune, w), gold).b3F1();
            if (f1 > best.f1()) {
              best = new Result(w, f1);
            }
          }
        }
      }
    }
    return best;
  }
}
