package io.uncrowned.guard.eval.summarize;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.brief.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * A baseline held to our TL;DR's own limits: the source's first sentences (by our fallback splitter) while they fit
 * the word budget, at most three; the first sentence alone when even it is longer. Words are whitespace-separated
 * pieces holding a letter or digit, as the TL;DR budget counts them.
 */
public final class LeadInBudget {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final int budget;

  /** @param budget most words (the TL;DR's budget, 60 by default) */
  public LeadInBudget(int budget) {
    this.budget = budget;
  }

  public String of(String source) {
    List<String> out = new ArrayList<>();
    int words = 0;
    for (Span s : splitter.split(source)) {
      String sentence = s.of(source);
      int n = words(sentence);
      if (out.size() == 3 || (words + n > budget && !out.isEmpty())) {
        break;
      }
      out.add(sentence);
      words += n;
      if (words > budget) {
        break; // the over-long first sentence, alone
      }
    }
    return String.join(" ", out);
  }

  private static int words(String text) {
    int n = 0;
    for (String piece : text.trim().split("\\s+")) {
      if (piece.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
