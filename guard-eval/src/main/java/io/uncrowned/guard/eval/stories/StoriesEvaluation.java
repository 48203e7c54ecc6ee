package io.uncrowned.guard.eval.stories;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.stories.ArticleSignals;
import io.uncrowned.guard.stories.OnlineClusterer;
import io.uncrowned.guard.stories.SignalReader;
import io.uncrowned.guard.stories.StoryWeights;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.Understanding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs our clusterer and the TF-IDF baseline over a data set: documents arrive in date order (a seeded shuffle
 * when undated), weights and thresholds are tuned on the tuning half of the topics, and both systems are then
 * scored on the tuning half, the held-out half and the whole. Our clusterer is scored twice: with the weights
 * tuned in this run ("ours") and with the shipped {@link StoryWeights#DEFAULT} ("default"), which is what
 * ingest uses; the tuned weights move with small changes (arrival order, a re-computed embedding), so the two
 * rows side by side show how much of a difference is tuning noise.
 */
public final class StoriesEvaluation {
  /** Articles without a date all arrive at this instant, so time decay never splits them. */
  static final Instant UNDATED = Instant.parse("2000-01-01T00:00:00Z");

  private final Understander understander;
  private final SignalReader signals;
  private final long seed;
  private final int orders;

  public StoriesEvaluation(Understander understander, SignalReader signals, long seed) {
    this(understander, signals, seed, 1);
  }

  /**
   * @param orders how many arrival orders (seeds {@code seed}, {@code seed + 1}, …) the "default" and "tf-idf"
   *     rows are averaged over: an online clusterer's result depends on the order, by about as much as small
   *     weight changes move it, so one order can flatter or wrong a change
   */
  public StoriesEvaluation(Understander understander, SignalReader signals, long seed, int orders) {
    if (orders < 1) {
      throw new IllegalArgumentException("orders must be at least 1: " + orders);
    }
    this.understander = understander;
    this.signals = signals;
    this.seed = seed;
    this.orders = orders;
  }

  /** Evaluates on {@code docs}; {@code cache} holds signals already computed (and receives new ones). */
  public StoriesReport run(List<StoryDoc> docs, SignalCache cache, Consumer<String> progress) {
    List<StoryDoc> ordered = arrivalOrder(docs);
    Map<String, ArticleSignals> features = features(ordered, cache, progress);
    List<StoryDoc> tune = ordered.stream().filter(StoriesEvaluation::tuning).toList();
    List<StoryDoc> held = ordered.stream().filter(d -> !tuning(d)).toList();
    WeightSearch.Result ours = new WeightSearch(features).best(tune);
    TfidfClusterer tfidf = new TfidfClusterer(ordered);
    double tfidfThreshold = bestTfidf(tfidf, tune);
    List<StoriesReport.Row> rows = new ArrayList<>();
    Map<String, String> predictions = Map.of();
    for (var split : List.of(Map.entry("tuning half", tune), Map.entry("held-out half", held),
        Map.entry("whole", ordered))) {
      Map<String, String> oursClusters = cluster(features, split.getValue(), ours.weights());
      rows.add(new StoriesReport.Row(split.getKey(), split.getValue().size(), "ours",
          ClusterScores.of(oursClusters, gold(split.getValue()))));
      List<List<StoryDoc>> reordered = orders(split.getValue());
      rows.add(new StoriesReport.Row(split.getKey(), split.getValue().size(), "default", ClusterScores.mean(
          reordered.stream().map(o -> ClusterScores.of(cluster(features, o, StoryWeights.DEFAULT), gold(o))).toList())));
      rows.add(new StoriesReport.Row(split.getKey(), split.getValue().size(), "tf-idf", ClusterScores.mean(
          reordered.stream().map(o -> ClusterScores.of(tfidf.cluster(o, tfidfThreshold), gold(o))).toList())));
      predictions = oursClusters;
    }
    return new StoriesReport(rows, ours.weights(), tfidfThreshold, predictions);
  }

  /** {@code docs} in the arrival orders of seeds {@code seed} to {@code seed + orders - 1}. */
  private List<List<StoryDoc>> orders(List<StoryDoc> docs) {
    List<List<StoryDoc>> out = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      out.add(new StoriesEvaluation(understander, signals, seed + i).arrivalOrder(docs));
    }
    return out;
  }

  /** ECB+ topics with an even number (or every other gold label) tune; the rest are held out. */
  static boolean tuning(StoryDoc d) {
    String t = d.topic();
    return t.chars().allMatch(Character::isDigit) ? Integer.parseInt(t) % 2 == 0 : Math.floorMod(t.hashCode(), 2) == 0;
  }

  List<StoryDoc> arrivalOrder(List<StoryDoc> docs) {
    List<StoryDoc> out = new ArrayList<>(docs);
    Collections.shuffle(out, new Random(seed));
    out.sort(Comparator.comparing(d -> d.published() == null ? UNDATED : d.published()));
    return out;
  }

  static Map<String, String> cluster(Map<String, ArticleSignals> features, List<StoryDoc> docs, StoryWeights w) {
    OnlineClusterer clusterer = new OnlineClusterer(w);
    Map<String, String> out = new LinkedHashMap<>();
    for (StoryDoc d : docs) {
      out.put(d.id(), clusterer.place(features.get(d.id())).story().value());
    }
    return out;
  }

  static Map<String, String> gold(List<StoryDoc> docs) {
    Map<String, String> out = new HashMap<>();
    docs.forEach(d -> out.put(d.id(), d.gold()));
    return out;
  }

  private static double bestTfidf(TfidfClusterer tfidf, List<StoryDoc> tune) {
    double best = 0;
    double bestF1 = -1;
    for (double t = 0.05; t <= 0.8; t += 0.025) {
      double f1 = ClusterScores.of(tfidf.cluster(tune, t), gold(tune)).b3F1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  private Map<String, ArticleSignals> features(List<StoryDoc> docs, SignalCache cache, Consumer<String> progress) {
    Map<String, ArticleSignals> out = new HashMap<>();
    int done = 0;
    for (StoryDoc d : docs) {
      ArticleSignals s = cache.find(d.id()).orElse(null);
      if (s == null) {
        Article a = article(d);
        s = signals.read(a, understand(a, progress), UNDATED);
        cache.put(d.id(), s);
      }
      out.put(d.id(), fromText(s, article(d)));
      if (++done % 100 == 0) {
        cache.flush();
        progress.accept(done + "/" + docs.size() + " documents read");
      }
    }
    cache.flush();
    return out;
  }

  /**
   * The document's understanding; a failure inside the NLP stack leaves that one document with its embedding
   * alone (and is reported), instead of ending the run.
   */
  private Understanding understand(Article a, Consumer<String> progress) {
    try {
      return understander.understand(a);
    } catch (RuntimeException e) {
      progress.accept("not analysed: " + a.origin() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return Understanding.notAnalysed("not analysed: " + e.getClass().getSimpleName());
    }
  }

  /**
   * The cached signals with vector, keywords and words read afresh: they come from the text alone, so the cache only
   * saves the NLP models' work and a changed {@link SignalReader} is always what is measured.
   */
  private ArticleSignals fromText(ArticleSignals cached, Article a) {
    ArticleSignals fresh = signals.read(a, null, UNDATED);
    return new ArticleSignals(cached.article(), cached.source(), cached.when(), fresh.vector(), cached.entities(),
        cached.places(), cached.events(), fresh.keywords(), fresh.terms());
  }

  static Article article(StoryDoc d) {
    String hash = ArticleId.sha256Hex(d.text());
    return new Article(ArticleId.fromContentHash(ArticleId.sha256Hex("doc:" + d.id())), null, null, "eval",
        d.title(), null, d.published(), Lang.of("en"), d.text(), List.of(), null, null, hash, d.id());
  }
}
