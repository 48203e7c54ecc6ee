package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.brief.Brief;
import io.uncrowned.guard.brief.BriefSentence;
import io.uncrowned.guard.brief.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The multi-document brief of a story. Its candidates are the sentences the summarizer already chose for each
 * member's own brief; they are scored by closeness to the centroid of all candidates and by how many other
 * members say much the same, then picked by maximal marginal relevance so that sources repeating one another
 * yield one sentence, credited to all of them. Thread-safe when the embedder is.
 */
public final class StoryBriefer {
  static final int MAX_SENTENCES = 4;
  static final int WORD_BUDGET = 90;
  /** Cosine from which two sentences say much the same (corroboration; never both in one brief). */
  static final double SAME = 0.78;
  static final int MAX_CANDIDATES = 160;

  private final SentenceEmbedder embedder;

  public StoryBriefer(SentenceEmbedder embedder) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** One member's own brief ({@code brief} null when it has none); members come in date order. */
  public record MemberBrief(ArticleId article, Brief brief) {}

  public StoryBrief brief(List<MemberBrief> members) {
    List<Candidate> candidates = candidates(members);
    if (candidates.isEmpty()) {
      return StoryBrief.EMPTY;
    }
    List<float[]> v = embedder.embed(candidates.stream().map(c -> c.sentence.text()).toList());
    float[] centre = centroid(v);
    int n = candidates.size();
    double[] score = new double[n];
    List<List<ArticleId>> support = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<ArticleId> others = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        ArticleId a = candidates.get(j).article;
        if (!a.equals(candidates.get(i).article) && !others.contains(a) && dot(v.get(i), v.get(j)) >= SAME) {
          others.add(a);
        }
      }
      support.add(others);
      score[i] = dot(v.get(i), centre) + 0.1 * Math.log1p(others.size()) + (candidates.get(i).tldr ? 0.05 : 0);
    }
    List<Integer> picked = pick(candidates, v, score);
    picked.sort(Comparator.comparingInt((Integer i) -> candidates.get(i).order)
        .thenComparingInt(i -> candidates.get(i).sentence.span().start()));
    return new StoryBrief(picked.stream().map(i -> new StoryBrief.Line(candidates.get(i).sentence.text(),
        candidates.get(i).article, candidates.get(i).sentence.span(), support.get(i))).toList());
  }

  private static List<Integer> pick(List<Candidate> candidates, List<float[]> v, double[] score) {
    List<Integer> picked = new ArrayList<>();
    int words = 0;
    while (picked.size() < MAX_SENTENCES) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < v.size(); i++) {
        double overlap = 0;
        for (int j : picked) {
          overlap = Math.max(overlap, dot(v.get(i), v.get(j)));
        }
        double value = score[i] - 0.7 * overlap;
        if (!picked.contains(i) && overlap < SAME && value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      if (best < 0) {
        break;
      }
      int w = candidates.get(best).sentence.words();
      if (!picked.isEmpty() && words + w > WORD_BUDGET) {
        break;
      }
      picked.add(best);
      words += w;
    }
    return picked;
  }

  private record Candidate(ArticleId article, int order, BriefSentence sentence, boolean tldr) {}

  private static List<Candidate> candidates(List<MemberBrief> members) {
    List<Candidate> out = new ArrayList<>();
    for (int m = 0; m < members.size() && out.size() < MAX_CANDIDATES; m++) {
      Brief b = members.get(m).brief();
      if (b == null) {
        continue;
      }
      for (BriefSentence s : b.tldr()) {
        out.add(new Candidate(members.get(m).article(), m, s, true));
      }
      for (BriefSentence s : b.keyPoints()) {
        out.add(new Candidate(members.get(m).article(), m, s, false));
      }
    }
    return out;
  }

  private static float[] centroid(List<float[]> v) {
    float[] c = new float[v.get(0).length];
    v.forEach(x -> {
      for (int d = 0; d < c.length; d++) {
        c[d] += x[d];
      }
    });
    double norm = 0;
    for (float x : c) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (int d = 0; d < c.length && norm > 0; d++) {
      c[d] /= (float) norm;
    }
    return c;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }
}
