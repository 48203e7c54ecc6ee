package io.uncrowned.guard.eval.summarize;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.brief.Summarizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores our TL;DR, Lead-3 and the lead held to the TL;DR's word budget (both computed by us) and every system
 * summary in the data set with {@link Rouge}, in one run. Rows at even positions in the file (0, 2, …) form the tuning half, odd positions the held-out half.
 */
public final class SummarizeEvaluation {
  public static final String OURS = "Uncrowned Guard";
  public static final String LEAD3 = "Lead-3 (ours)";
  public static final String LEAD_IN_BUDGET = "Lead in budget (ours)";
  private final Summarizer summarizer;
  private final Lead3 lead3 = new Lead3();
  private final LeadInBudget leadInBudget;

  /** Scores {@code summarizer} beside Lead-3 and the lead held to a 60-word budget. */
  public SummarizeEvaluation(Summarizer summarizer) {
    this(summarizer, 60);
  }

  /** Scores {@code summarizer} beside Lead-3 and the lead held to {@code budget} words, its TL;DR budget. */
  public SummarizeEvaluation(Summarizer summarizer, int budget) {
    this.summarizer = summarizer;
    this.leadInBudget = new LeadInBudget(budget);
  }

  /** Our summary of each row, in row order. */
  public List<String> summarize(List<SummaryDoc> docs) {
    List<String> out = new ArrayList<>(docs.size());
    for (SummaryDoc d : docs) {
      out.add(summarizer.summarize(article(d), null, List.of()).tldrText());
    }
    return out;
  }

  /** Mean F1 of our summaries over the rows of one parity (0 even, 1 odd), summarising only those rows. */
  public RougeScores oursMean(List<SummaryDoc> docs, int parity) {
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    int n = 0;
    for (int i = parity; i < docs.size(); i += 2) {
      SummaryDoc d = docs.get(i);
      RougeScores s = Rouge.againstAll(summarizer.summarize(article(d), null, List.of()).tldrText(), d.references());
      r1 += s.rouge1();
      r2 += s.rouge2();
      rl += s.rougeL();
      n++;
    }
    return n == 0 ? RougeScores.ZERO : new RougeScores(r1 / n, r2 / n, rl / n);
  }

  /** Scores ours, Lead-3 and the file's systems on every row. */
  public SummarizeReport run(List<SummaryDoc> docs) {
    List<String> ours = summarize(docs);
    Map<String, List<RougeScores>> bySystem = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      SummaryDoc d = docs.get(i);
      add(bySystem, OURS, Rouge.againstAll(ours.get(i), d.references()));
      add(bySystem, LEAD3, Rouge.againstAll(lead3.of(d.source()), d.references()));
      add(bySystem, LEAD_IN_BUDGET, Rouge.againstAll(leadInBudget.of(d.source()), d.references()));
    }
    for (int i = 0; i < docs.size(); i++) {
      SummaryDoc d = docs.get(i);
      d.systems().forEach((name, summary) -> add(bySystem, name, Rouge.againstAll(summary, d.references())));
    }
    return new SummarizeReport(docs, ours, bySystem);
  }

  private static void add(Map<String, List<RougeScores>> bySystem, String name, RougeScores s) {
    bySystem.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
  }

  /** An evaluation row as an article: the source as canonical text, no title, English. */
  static Article article(SummaryDoc d) {
    String hash = ArticleId.sha256Hex(d.source());
    return new Article(ArticleId.fromContentHash(hash), null, null, "", "", null, null, Lang.of("en"), d.source(),
        List.of(), null, null, hash, d.docId());
  }
}
