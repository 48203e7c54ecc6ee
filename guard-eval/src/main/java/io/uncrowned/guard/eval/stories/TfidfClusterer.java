package io.uncrowned.guard.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline: the same single pass as ours, but on TF-IDF vectors of title and text alone (lower-cased word
 * tokens, IDF over the documents of the run): a document joins the cluster whose centroid is closest by
 * cosine when that reaches the threshold.
 */
final class TfidfClusterer {
  private final Map<String, Map<String, Double>> vectors = new HashMap<>();

  TfidfClusterer(List<StoryDoc> docs) {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Map<String, Integer>> tf = new HashMap<>();
    for (StoryDoc d : docs) {
      Map<String, Integer> counts = new HashMap<>();
      for (String w : (d.title() + " " + d.text()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() > 1) {
          counts.merge(w, 1, Integer::sum);
        }
      }
      counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      tf.put(d.id(), counts);
    }
    int n = docs.size();
    tf.forEach((id, counts) -> {
      Map<String, Double> v = new HashMap<>();
      counts.forEach((w, c) -> v.put(w, (1 + Math.log(c)) * Math.log((n + 1.0) / (df.get(w) + 0.5))));
      vectors.put(id, unit(v));
    });
  }

  /** Document id to cluster id, placing {@code ordered} in that order. */
  Map<String, String> cluster(List<StoryDoc> ordered, double threshold) {
    List<Map<String, Double>> sums = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>();
    for (StoryDoc d : ordered) {
      Map<String, Double> v = vectors.get(d.id());
      int best = -1;
      double bestCos = -1;
      for (int i = 0; i < sums.size(); i++) {
        double c = dot(v, sums.get(i)) / norm(sums.get(i));
        if (c > bestCos) {
          bestCos = c;
          best = i;
        }
      }
      if (best >= 0 && bestCos >= threshold) {
        Map<String, Double> sum = sums.get(best);
        v.forEach((w, x) -> sum.merge(w, x, Double::sum));
        out.put(d.id(), names.get(best));
      } else {
        sums.add(new HashMap<>(v));
        names.add("t" + d.id());
        out.put(d.id(), "t" + d.id());
      }
    }
    return out;
  }

  private static Map<String, Double> unit(Map<String, Double> v) {
    double n = norm(v);
    Map<String, Double> out = new HashMap<>();
    v.forEach((w, x) -> out.put(w, n == 0 ? 0 : x / n));
    return out;
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double s = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        s += e.getValue() * o;
      }
    }
    return s;
  }
}
