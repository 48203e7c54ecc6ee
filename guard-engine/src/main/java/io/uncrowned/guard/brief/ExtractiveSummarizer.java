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
 * centroid, its title and its author's TL;DR when present), position and coverage of the article's main entities, then the TL;DR and key points are
 * picked by maximal marginal relevance so that no two chosen sentences say the same thing. Thread-safe when its
 * embedder is.
 */
public final class ExtractiveSummarizer implements Summarizer {
  /** Only the first sentences are embedded: beyond them news rarely holds TL;DR material and time adds up. */
  static final int MAX_CANDIDATES = 20;

  private final SentenceEmbedder embedder;
  private final BriefSettings settings;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Candidates candidates = new Candidates(splitter);

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
    // The title and each sentence of the author's TL;DR say what the article is about: a sentence that restates
    // one of them is central.
    List<String> guides = new ArrayList<>();
    if (!article.title().isBlank()) {
      guides.add(article.title());
    }
    if (authorTldr != null && !authorTldr.isBlank()) {
      for (Span s : splitter.split(authorTldr)) {
        guides.add(s.of(authorTldr));
      }
    }
    sentences.addAll(guides);
    List<float[]> vectors = embedder.embed(sentences);
    List<float[]> guideVectors = new ArrayList<>(vectors.subList(spans.size(), vectors.size()));
    vectors = vectors.subList(0, spans.size());
    double[] scores = scores(text, spans, vectors, guides, guideVectors, mentions == null ? List.of() : mentions);
    List<java.util.Set<Conditions>> conditions = sentences.subList(0, spans.size()).stream().map(Conditions::in).toList();
    Selection selection = new Selection(spans, vectors, scores, conditions, settings);
    List<Integer> tldr = selection.tldr(i -> Words.count(spans.get(i).of(text)));
    int wanted = Math.max(settings.minKeyPoints(), Math.min(settings.maxKeyPoints(), spans.size() / 6));
    List<Integer> keyPoints = selection.next(wanted);
    return new Brief(sentences(text, spans, scores, tldr), sentences(text, spans, scores, keyPoints),
        article.authorTldr(), authorTldr);
  }

  private double[] scores(String text, List<Span> spans, List<float[]> vectors, List<String> guideTexts,
      List<float[]> guides, List<EntityMention> mentions) {
    int n = spans.size();
    float[] centroid = Vectors.centroid(vectors, embedder.dimensions());
    double[] central = new double[n];
    for (int i = 0; i < n; i++) {
      double closest = 0;
      for (float[] guide : guides) {
        closest = Math.max(closest, Vectors.dot(vectors.get(i), guide));
      }
      double c = Vectors.dot(vectors.get(i), centroid);
      central[i] = guides.isEmpty() ? c : (c + closest) / 2;
    }
    double[] coverage = Coverage.of(text, spans, guideTexts, mentions);
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
