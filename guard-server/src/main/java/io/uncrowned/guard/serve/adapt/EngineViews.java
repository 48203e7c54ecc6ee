package io.uncrowned.guard.serve.adapt;

import io.uncrowned.guard.brief.SentenceEmbedder;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.serve.StoryCatalog;
import io.uncrowned.guard.serve.web.ArticleStories;
import io.uncrowned.guard.stories.StoryWeights;
import io.uncrowned.guard.serve.GuardServer;
import io.uncrowned.guard.serve.PolicyCatalog;
import io.uncrowned.guard.serve.web.ArticleBriefs;
import io.uncrowned.guard.serve.web.ArticlePolicyEvents;
import io.uncrowned.guard.serve.web.WebUi;

/**
 * The engine's briefs, policy events and policy history as the server and the web UI read them. Build once
 * per engine and hand the same objects to {@code GuardServer.builder} and {@code WebUi.builder}, so both share
 * one cached policy history.
 */
public record EngineViews(PolicyCatalog policies, ArticleBriefs briefs, ArticlePolicyEvents policyEvents,
    StoryCatalog stories, ArticleStories storyOf) {
  /** The views over {@code engine}, without stories. */
  public static EngineViews of(GuardEngine engine) {
    return new EngineViews(new HistoryPolicyCatalog(engine::policyHistory, engine::storeSeq),
        new StoredBriefs(engine::understanding), new StoredPolicyEvents(engine::understanding),
        StoryCatalog.NONE, ArticleStories.NONE);
  }

  /** The views over {@code engine}, with its developing stories read through {@code embedder}. */
  public static EngineViews of(GuardEngine engine, SentenceEmbedder embedder, StoryWeights weights) {
    EngineViews base = of(engine);
    StoredStories stories = new StoredStories(() -> {
      engine.placeInStories(embedder, weights);
      return engine.stories(embedder);
    }, engine::storeSeq);
    return new EngineViews(base.policies(), base.briefs(), base.policyEvents(), stories, stories);
  }

  /** {@code server} with these views connected (the policies and stories API, story feeds). */
  public GuardServer.Builder connect(GuardServer.Builder server) {
    return server.policies(policies).stories(stories);
  }

  /** {@code web} with these views connected (briefs, policy cards, the policy tracker, story pages). */
  public WebUi.Builder connect(WebUi.Builder web) {
    return web.briefs(briefs).policyEvents(policyEvents).policies(policies).stories(stories).storyOf(storyOf);
  }
}
