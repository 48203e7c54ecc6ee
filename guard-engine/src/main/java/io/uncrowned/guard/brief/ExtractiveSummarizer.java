package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extractive briefs: every candidate sentence is scored by centrality (embedding similarity to the article's
 * centroid and title), position and coverage of the article's main entities, then the TL;DR and key points are
 * picked by maximal marginal relevance so that no two chosen sentences say the same thing. Thread-safe when its
 * embedder is.
 */
public final class ExtractiveSummarizer implements Summarizer {
  /** Only the first sentences are embedded: beyond them news rarely holds TL;DR material and time adds up. */
  static final int MAX_CANDIDATES = 60;

  private final SentenceEmbedder embedder;
  private final BriefSettings settings;
  private final Candidates candidates = new Candidates(new SentenceSplitter());

  public ExtractiveSummarizer(SentenceEmbedder embedder, BriefSettings settings) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Brief summarize(Article article, AnnotatedText annotated, List<EntityMention> mentions) {
    String text = article.text();
    List<Span> all = candidates.of(article, annotated);
    List<Span> spans = all.size() > MAX_CANDIDATES ? all.subList(0, MAX_CANDIDATES) : all;
    String authorTldr = article.authorTldrText();
    if (spans.isEmpty()) {
      return new Brief(List.of(), List.of(), article.authorTldr(), authorTldr);
    }
    List<String> sentences = new ArrayList<>(spans.stream().map(s -> s.of(text)).toList());
    boolean titled = !article.title().isBlank();
    if (titled) {
      sentences.add(article.title());
    }
    List<float[]> vectors = embedder.embed(sentences);
    float[] title = titled ? vectors.remove(vectors.size() - 1) : null;
    double[] scores = scores(text, spans, vectors, title, mentions == null ? List.of() : mentions);
    Selection selection = new Selection(spans, vectors, scores, settings);
    List<Integer> tldr = selection.tldr(i -> Words.count(spans.get(i).of(text)));
    int wanted = Math.max(settings.minKeyPoints(), Math.min(settings.maxKeyPoints(), spans.size() / 6));
    List<Integer> keyPoints = selection.next(wanted);
    return new Brief(sentences(text, spans, scores, tldr), sentences(text, spans, scores, keyPoints),
        article.authorTldr(), authorTldr);
  }

  private double[] scores(String text, List<Span> spans, List<float[]> vectors, float[] title,
      List<EntityMention> mentions) {
    int n = spans.size();
    float[] centroid = Vectors.centroid(vectors, embedder.dimensions());
    double[] central = new double[n];
    for (int i = 0; i < n; i++) {
      double c = Vectors.dot(vectors.get(i), centroid);
      central[i] = title == null ? c : (c + Vectors.dot(vectors.get(i), title)) / 2;
    }
    double[] coverage = Coverage.of(text, spans, mentions);
    scaleToUnit(central);
    scaleToUnit(coverage);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = settings.centrality() * central[i]
          + settings.position() * Math.exp(-i / settings.positionDecay())
          + settings.coverage() * coverage[i];
    }
    return out;
  }

  /** Min–max scaling within the article, so the weights mean the same for short and long articles. */
  private static void scaleToUnit(double[] values) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = max > min ? (values[i] - min) / (max - min) : 0;
    }
  }

  private static List<BriefSentence> sentences(String text, List<Span> spans, double[] scores, List<Integer> picked) {
    return picked.stream()
        .sorted(Comparator.naturalOrder())
        .map(i -> new BriefSentence(spans.get(i).of(text), spans.get(i), scores[i]))
        .toList();
  }
}
