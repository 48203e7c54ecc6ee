package io.uncrowned.guard.cli;

import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.stories.SignalReader;
import io.uncrowned.guard.stories.StoredStoryTracker;
import io.uncrowned.guard.stories.StoryBriefer;
import io.uncrowned.guard.stories.StoryReader;
import io.uncrowned.guard.stories.StoryWeights;
import io.uncrowned.guard.store.SqliteStore;
import java.time.Clock;

/**
 * The store and embedder behind {@code guard stories} and {@code guard story}. Opening it first assigns any
 * stored article that has no story yet (stored before the stage existed), so the commands always show every
 * article.
 */
final class StoryAccess implements AutoCloseable {
  private final SqliteStore store;
  private final MiniLmEmbedder embedder;
  final StoryReader reader;
  final int caughtUp;

  StoryAccess(GuardSettings settings) {
    this.store = SqliteStore.open(settings.engineConfig().storeFile(), Clock.systemUTC());
    try {
      this.embedder = MiniLmEmbedder.load(1);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    StoryWeights weights = StoryWeights.DEFAULT.withColdAfter(settings.storiesColdAfter());
    this.caughtUp = new StoredStoryTracker(store, new SignalReader(embedder), weights).catchUp(store);
    this.reader = new StoryReader(store, store, new StoryBriefer(embedder));
  }

  @Override
  public void close() {
    try {
      embedder.close();
    } finally {
      store.close();
    }
  }
}
