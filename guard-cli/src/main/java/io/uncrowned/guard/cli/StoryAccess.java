package io.uncrowned.guard.cli;

import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.stories.StoryReader;

/**
 * The engine and embedder behind {@code guard stories} and {@code guard story}. Opening it first places any
 * stored article that has no story yet (stored before the stage existed, or by an interrupted ingest), so the
 * commands always show every article.
 */
final class StoryAccess implements AutoCloseable {
  private final GuardEngine engine;
  private final MiniLmEmbedder embedder;
  final StoryReader reader;
  final int caughtUp;

  StoryAccess(GuardSettings settings) {
    this.engine = GuardEngine.openForReading(settings.engineConfig());
    try {
      this.embedder = MiniLmEmbedder.load(1);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    this.caughtUp = engine.placeInStories(embedder, Engines.storyWeights(settings));
    this.reader = engine.stories(embedder);
  }

  @Override
  public void close() {
    try {
      embedder.close();
    } finally {
      engine.close();
    }
  }
}
