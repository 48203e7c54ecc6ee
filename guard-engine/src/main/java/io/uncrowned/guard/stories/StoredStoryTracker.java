package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.store.ArticleStore;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link StoryTracker} whose assignments live in a {@link StoryStore}. On construction it restores the stories
 * still warm at the store's latest story time, so clustering carries on after a restart exactly where it
 * stopped; it never re-clusters stored memberships.
 */
public final class StoredStoryTracker implements StoryTracker {
  private final StoryStore stories;
  private final SignalReader signals;
  private final StoryWeights weights;
  private final OnlineClusterer clusterer;

  public StoredStoryTracker(StoryStore stories, SignalReader signals, StoryWeights weights) {
    this.stories = Objects.requireNonNull(stories, "stories");
    this.signals = Objects.requireNonNull(signals, "signals");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.clusterer = new OnlineClusterer(weights);
    stories.latestStoryTime()
        .map(t -> t.minus(weights.coldAfter().multipliedBy(2)))
        .ifPresent(since -> stories.storyStates(since).forEach(clusterer::restore));
  }

  @Override
  public StoryId assign(StoredArticle stored, Understanding understanding) {
    Optional<StoryId> known = stories.findStoryOf(stored.article().id());
    if (known.isPresent()) {
      return known.get();
    }
    ArticleSignals a = signals.read(stored.article(), understanding, stored.ingestedAt());
    Placement p = clusterer.place(a);
    List<StoryMember> members = p.founded() ? List.of() : stories.members(p.story());
    String title = p.founded() || nearerCentre(p, a, members)
        ? stored.article().title()
        : stories.findStory(p.story()).map(StoryRow::title).orElse(stored.article().title());
    boolean independent = members.stream().noneMatch(m -> sameCopy(m.signals(), a));
    stories.putMember(new StoryMember(p.story(), a.article(), members.size(), p.score(), independent, a),
        p.state(), title);
    return p.story();
  }

  /**
   * Assigns every stored article that has no story yet, in store order (articles stored before the stage
   * existed, or by an ingest that ran without it), then commits. Returns how many were assigned.
   */
  public int catchUp(ArticleStore store) {
    List<ArticleId> pending = stories.unassigned();
    for (ArticleId id : pending) {
      store.find(id).ifPresent(a -> assign(a, store.findUnderstanding(id).orElse(null)));
    }
    store.commit();
    return pending.size();
  }

  /** Same source, or another source's rewrite of a member's copy: not a further independent source. */
  private boolean sameCopy(ArticleSignals earlier, ArticleSignals a) {
    return earlier.source().equals(a.source()) || a.cosine(earlier.vector()) >= weights.echo();
  }

  /**
   * Whether the new member lies nearer the story's new centroid than every earlier member: its headline then
   * names the story best.
   */
  private static boolean nearerCentre(Placement p, ArticleSignals a, List<StoryMember> members) {
    float[] centroid = p.state().centroid();
    double mine = a.cosine(centroid);
    return members.stream().allMatch(m -> m.signals().cosine(centroid) < mine);
  }
}
