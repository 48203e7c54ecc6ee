package io.uncrowned.guard.eval.bench;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.EventExtractor;
import io.uncrowned.guard.events.parse.DependencyParser;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The added cost of the events stage on top of the understanding layer: articles are annotated and linked
 * first (not timed), then the extractor alone is timed on one thread, beside parsing every sentence (what the
 * trigger filter saves).
 */
public final class EventsBench {
  private record Prepared(Article article, AnnotatedText annotated, LinkedEntities entities, int words) {}

  private final Annotator annotator;
  private final EntityLinker linker;
  private final DependencyParser parser;

  public EventsBench(Annotator annotator, EntityLinker linker, DependencyParser parser) {
    this.annotator = annotator;
    this.linker = linker;
    this.parser = parser;
  }

  /** Runs the measurement and returns a short report. */
  public String run(List<Article> articles, int rounds) {
    List<Prepared> prepared = new ArrayList<>();
    for (Article a : articles) {
      if (annotator.supports(a.language())) {
        AnnotatedText annotated = annotator.annotate(a.text(), a.language());
        int words = annotated.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        prepared.add(new Prepared(a, annotated, linker.link(a.text(), annotated), words));
      }
    }
    EventExtractor extractor = new EventExtractor(parser, annotator);
    long words = prepared.stream().mapToLong(Prepared::words).sum();
    long sentences = prepared.stream().mapToLong(p -> p.annotated().sentences().size()).sum();
    timeExtract(extractor, prepared); // warm-up
    long best = Long.MAX_VALUE;
    long parsed = 0;
    long policies = 0;
    for (int r = 0; r < rounds; r++) {
      long start = cpu();
      long[] counts = timeExtract(extractor, prepared);
      best = Math.min(best, cpu() - start);
      parsed = counts[0];
      policies = counts[1];
    }
    long startAll = cpu();
    for (Prepared p : prepared) {
      for (Sentence s : p.annotated().sentences()) {
        parser.parse(s);
      }
    }
    long all = cpu() - startAll;
    int n = prepared.size();
    double msPerArticle = best / 1e6 / n;
    double msPer800Words = best / 1e6 / words * 800;
    return String.format(Locale.ROOT,
        "events stage on %d English articles (%.0f tokens each on average), one thread, CPU time, best of %d rounds:%n"
            + "  %.2f ms/article, %.2f ms per 800 tokens; %d of %d sentences parsed (%.0f%%); %d policy events%n"
            + "  parsing every sentence instead: %.2f ms/article, %.2f ms per 800 tokens%n",
        n, (double) words / n, rounds, msPerArticle, msPer800Words, parsed, sentences, 100.0 * parsed / sentences,
        policies, all / 1e6 / n, all / 1e6 / words * 800);
  }

  /** CPU time of this thread: the machine may be shared, and wall time would count the others' work. */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long[] timeExtract(EventExtractor extractor, List<Prepared> prepared) {
    long parsed = 0;
    long policies = 0;
    for (Prepared p : prepared) {
      ArticleEvents e = extractor.extract(p.article(), p.annotated(), p.entities(), List.of());
      parsed += e.parsedSentences();
      policies += e.policyEvents().size();
    }
    return new long[] {parsed, policies};
  }
}
