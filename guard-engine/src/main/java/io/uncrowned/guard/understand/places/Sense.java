package io.uncrowned.guard.understand.places;

import java.util.ArrayList;
import java.util.List;

/**
 * All toponyms of one text that share a name and a level cue: one sense per article, so they are resolved
 * together. Mutable working state of one {@link ContextResolver#resolve} call, never shared.
 */
final class Sense {
  final String query;
  final LevelCue cue;
  final List<Toponym> toponyms = new ArrayList<>();
  List<Place> candidates = List.of();
  double[] prior = new double[0];
  double[] hierarchy = new double[0];
  double[] score = new double[0];
  double[] belief = new double[0];

  Sense(String query, LevelCue cue) {
    this.query = query;
    this.cue = cue;
  }

  void setCandidates(List<Place> places) {
    candidates = List.copyOf(places);
    int n = places.size();
    prior = new double[n];
    hierarchy = new double[n];
    score = new double[n];
    belief = new double[n];
  }

  boolean isEmpty() {
    return candidates.isEmpty();
  }

  int best() {
    int best = 0;
    for (int j = 1; j < score.length; j++) {
      if (score[j] > score[best]) {
        best = j;
      }
    }
    return best;
  }

  /** Beliefs as a softmax of {@code sharpness * score}. */
  void updateBeliefs(double sharpness) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int j = 0; j < score.length; j++) {
      belief[j] = Math.exp(sharpness * (score[j] - max));
      sum += belief[j];
    }
    for (int j = 0; j < score.length; j++) {
      belief[j] /= sum;
    }
  }
}
