package io.uncrowned.guard.serve.adapt;

import io.uncrowned.guard.pipeline.GuardEngine;
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
public record EngineViews(PolicyCatalog policies, ArticleBriefs briefs, ArticlePolicyEvents policyEvents) {
  /** The views over {@code engine}. */
  public static EngineViews of(GuardEngine engine) {
    return new EngineViews(new HistoryPolicyCatalog(engine::policyHistory, engine::storeSeq),
        new StoredBriefs(engine::understanding), new StoredPolicyEvents(engine::understanding));
  }

  /** {@code server} with these views connected (the policies API). */
  public GuardServer.Builder connect(GuardServer.Builder server) {
    return server.policies(policies);
  }

  /** {@code web} with these views connected (article briefs and policy cards, the policy tracker). */
  public WebUi.Builder connect(WebUi.Builder web) {
    return web.briefs(briefs).policyEvents(policyEvents).policies(policies);
  }
}
