package io.uncrowned.guard.eval.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our ROUGE-1, ROUGE-2 and ROUGE-L F1. The variant, stated so figures can be compared: text lower-cased and cut
 * into runs of ASCII letters and digits (everything else separates tokens); no stemming and no stop-word removal;
 * n-gram overlap clipped by counts; ROUGE-L is the longest common subsequence of the whole summary against the
 * whole reference (no sentence splitting, like {@code rougeL}, not {@code rougeLsum}); F1 = 2PR / (P + R), 0 when
 * either side is empty. Several references: the mean of the per-reference F1 (see {@link #againstAll}).
 */
public final class Rouge {
  private Rouge() {}

  /** F1 of {@code summary} against one {@code reference}. */
  public static RougeScores score(String summary, String reference) {
    List<String> s = tokens(summary);
    List<String> r = tokens(reference);
    return new RougeScores(ngramF1(s, r, 1), ngramF1(s, r, 2), lcsF1(s, r));
  }

  /** Mean over the references of each F1; zeros when there is no reference. */
  public static RougeScores againstAll(String summary, List<String> references) {
    if (references.isEmpty()) {
      return RougeScores.ZERO;
    }
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    for (String ref : references) {
      RougeScores one = score(summary, ref);
      r1 += one.rouge1();
      r2 += one.rouge2();
      rl += one.rougeL();
    }
    int n = references.size();
    return new RougeScores(r1 / n, r2 / n, rl / n);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  private static double ngramF1(List<String> summary, List<String> reference, int n) {
    Map<List<String>, Integer> s = ngrams(summary, n);
    Map<List<String>, Integer> r = ngrams(reference, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : s.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return f1(overlap, Math.max(0, summary.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private static double lcsF1(List<String> summary, List<String> reference) {
    int[] prev = new int[reference.size() + 1];
    int[] cur = new int[reference.size() + 1];
    for (String s : summary) {
      for (int j = 1; j <= reference.size(); j++) {
        cur[j] = s.equals(reference.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return f1(prev[reference.size()], summary.size(), reference.size());
  }

  private static double f1(int overlap, int summaryCount, int referenceCount) {
    if (overlap == 0 || summaryCount == 0 || referenceCount == 0) {
      return 0;
    }
    double p = (double) overlap / summaryCount;
    double r = (double) overlap / referenceCount;
    return 2 * p * r / (p + r);
  }
}
