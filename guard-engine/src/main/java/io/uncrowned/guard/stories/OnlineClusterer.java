package io.uncrowned.guard.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Single-pass clustering of an article stream: each article joins the best-scoring warm story or founds a new
 * one, and is never moved afterwards. Candidates come from an inverted list of entity, place and event keys
 * over warm stories only, so the cost per article grows with the stories sharing a name with it, not with the
 * archive. Cold stories are dropped from memory once the stream has moved past them. Not thread-safe: one
 * writer places articles in arrival order.
 */
public final class OnlineClusterer {
  private final StoryWeights weights;
  private final StoryScorer scorer;
  private final Map<StoryId, StoryState> warm = new HashMap<>();
  private final Map<String, Set<StoryId>> byKey = new HashMap<>();
  private final TermStatistics words = new TermStatistics();
  private Instant watermark = Instant.MIN;

  public OnlineClusterer(StoryWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
    this.scorer = new StoryScorer(weights);
  }

  /** Puts one article into a story and remembers it there. */
  public Placement place(ArticleSignals article) {
    // a founder placed again (a re-run) must not count twice in the word statistics either
    boolean seen = warm.containsKey(StoryId.foundedBy(article.article()));
    StoryState best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Scored c : byPartialScore(article)) {
      // the lexical part adds at most its weight: past this point no candidate can win or reach the threshold
      if (c.partial() + weights.lexical() < Math.max(bestScore, weights.threshold())) {
        break;
      }
      double score = c.partial() + scorer.lexicalPart(article, c.story(), words);
      if (score > bestScore) {
        best = c.story();
        bestScore = score;
      }
    }
    Placement placement = best != null && bestScore >= weights.threshold()
        ? new Placement(best.id(), false, bestScore, best.join(article))
        : new Placement(StoryId.foundedBy(article.article()), true, 0, founding(article));
    if (!seen) {
      words.addDocument(article.terms().keySet());
    }
    remember(placement.state(), article);
    return placement;
  }

  private record Scored(StoryState story, double partial) {}

  /** The warm candidates with their scores on all signals but the lexical one, best first. */
  private List<Scored> byPartialScore(ArticleSignals article) {
    List<Scored> out = new ArrayList<>();
    for (StoryState s : candidates(article)) {
      out.add(new Scored(s,
          scorer.scoreWithoutLexical(article, s, k -> byKey.getOrDefault(k, Set.of()).size(), warm.size())));
    }
    out.sort(java.util.Comparator.comparingDouble(Scored::partial).reversed());
    return out;
  }

  /** Brings back a story known before a restart (its state as stored). */
  public void restore(StoryState state) {
    StoryState before = warm.put(state.id(), state);
    if (before != null) {
      words.addStory(before.size(), before.terms(), -1);
    }
    words.addStory(state.size(), state.terms(), 1);
    keysOf(state).forEach(k -> byKey.computeIfAbsent(k, x -> new HashSet<>()).add(state.id()));
    advance(state.lastSeen());
  }

  /** The stories held in memory (warm ones, and cold ones not yet dropped). */
  public Collection<StoryState> warmStories() {
    return List.copyOf(warm.values());
  }

  private StoryState founding(ArticleSignals article) {
    StoryId id = StoryId.foundedBy(article.article());
    StoryState known = warm.get(id);
    // the founding article of a story seen again (a re-run) must not count twice
    return known != null ? known : StoryState.founding(id, article);
  }

  private List<StoryState> candidates(ArticleSignals a) {
    Set<StoryId> ids = new LinkedHashSet<>();
    for (String key : keysOf(a)) {
      ids.addAll(byKey.getOrDefault(key, Set.of()));
    }
    if (ids.isEmpty()) {
      ids.addAll(warm.keySet()); // nothing named: only the embedding can tell
    }
    List<StoryState> out = new ArrayList<>();
    for (StoryId id : ids) {
      StoryState s = warm.get(id);
      if (s != null && s.warmAt(a.when(), weights.coldAfter())) {
        out.add(s);
      }
    }
    return out;
  }

  private void remember(StoryState state, ArticleSignals article) {
    warm.put(state.id(), state);
    keysOf(article).forEach(k -> byKey.computeIfAbsent(k, x -> new HashSet<>()).add(state.id()));
    advance(article.when());
  }

  /** Drops stories the stream left behind by more than two gaps (one for late articles, one for cold). */
  private void advance(Instant when) {
    if (!when.isAfter(watermark)) {
      return;
    }
    watermark = when;
    Instant horizon = when.minus(weights.coldAfter().multipliedBy(2));
    List<StoryId> gone = warm.values().stream().filter(s -> s.lastSeen().isBefore(horizon)).map(StoryState::id)
        .toList();
    for (StoryId id : gone) {
      StoryState dropped = warm.remove(id);
      words.addStory(dropped.size(), dropped.terms(), -1);
      keysOf(dropped).forEach(k -> {
        Set<StoryId> set = byKey.get(k);
        if (set != null && set.remove(id) && set.isEmpty()) {
          byKey.remove(k);
        }
      });
    }
  }

  private static List<String> keysOf(ArticleSignals a) {
    List<String> keys = new ArrayList<>();
    a.entities().keySet().forEach(k -> keys.add("e:" + k));
    a.places().forEach(k -> keys.add("p:" + k));
    a.events().forEach(k -> keys.add("v:" + k));
    a.keywords().forEach(k -> keys.add("w:" + k));
    return keys;
  }

  private static List<String> keysOf(StoryState s) {
    List<String> keys = new ArrayList<>();
    s.entities().keySet().forEach(k -> keys.add("e:" + k));
    s.places().keySet().forEach(k -> keys.add("p:" + k));
    s.events().keySet().forEach(k -> keys.add("v:" + k));
    s.keywords().keySet().forEach(k -> keys.add("w:" + k));
    return keys;
  }
}
