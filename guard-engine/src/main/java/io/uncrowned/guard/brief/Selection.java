package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Maximal-marginal-relevance picking over one article's scored sentences: each pick trades salience against
 * similarity to what is already picked, and near-duplicates of a pick are never taken. A sentence stating a kind
 * of condition (limit, purpose) the TL;DR does not state yet earns the conditions bonus once per kind. Not
 * thread-safe: one per call.
 */
final class Selection {
  private final List<Span> spans;
  private final List<float[]> vectors;
  private final double[] scores;
  private final List<Set<Conditions>> conditions;
  private final BriefSettings settings;
  private final List<Integer> picked = new ArrayList<>();
  private final Set<Conditions> stated = EnumSet.noneOf(Conditions.class);

  Selection(List<Span> spans, List<float[]> vectors, double[] scores, List<Set<Conditions>> conditions,
      BriefSettings settings) {
    this.spans = spans;
    this.vectors = vectors;
    this.scores = scores;
    this.conditions = conditions;
    this.settings = settings;
  }

  /**
   * The TL;DR: up to {@code maxTldrSentences} picks whose words fit the budget, each after the first scoring at
   * least {@code followerShare} of the first or stating a kind of condition the TL;DR lacks. When not even the best
   * sentence fits, the best one is taken alone: an over-long TL;DR beats an empty one.
   */
  List<Integer> tldr(IntUnaryOperator words) {
    List<Integer> out = new ArrayList<>();
    int left = settings.wordBudget();
    while (out.size() < settings.maxTldrSentences()) {
      final int room = left;
      int best = best(i -> words.applyAsInt(i) <= room);
      if (best < 0 || (!out.isEmpty() && weakFollower(best, out.get(0)))) {
        break;
      }
      out.add(best);
      picked.add(best);
      stated.addAll(conditions.get(best));
      left -= words.applyAsInt(best);
    }
    if (out.isEmpty()) {
      int best = best(i -> true);
      if (best >= 0) {
        out.add(best);
        picked.add(best);
      }
    }
    return out;
  }

  /**
   * True when {@code i} scores too far below the first pick to join it in the TL;DR. A sentence stating a kind of
   * condition the TL;DR lacks is never too weak: dropping a decision's limit misreports the decision.
   */
  private boolean weakFollower(int i, int first) {
    return unstatedConditions(i) == 0 && scores[i] < settings.followerShare() * scores[first];
  }

  /** Up to {@code count} further picks (fewer when the article runs out of distinct sentences). */
  List<Integer> next(int count) {
    List<Integer> out = new ArrayList<>();
    while (out.size() < count) {
      int best = best(i -> true);
      if (best < 0) {
        break;
      }
      out.add(best);
      picked.add(best);
    }
    return out;
  }

  private int best(java.util.function.IntPredicate allowed) {
    int best = -1;
    double bestValue = -Double.MAX_VALUE;
    for (int i = 0; i < spans.size(); i++) {
      if (picked.contains(i) || !allowed.test(i)) {
        continue;
      }
      double similarity = maxSimilarity(i);
      if (similarity >= settings.duplicateSimilarity()) {
        continue;
      }
      double value = settings.lambda() * (scores[i] + unstatedConditions(i)) - (1 - settings.lambda()) * similarity;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    return best;
  }

  /** The conditions bonus for each kind of condition sentence {@code i} states that the TL;DR does not yet. */
  private double unstatedConditions(int i) {
    return settings.conditions() * conditions.get(i).stream().filter(c -> !stated.contains(c)).count();
  }

  private double maxSimilarity(int i) {
    double max = 0;
    for (int j : picked) {
      max = Math.max(max, Vectors.dot(vectors.get(i), vectors.get(j)));
    }
    return max;
  }
}
