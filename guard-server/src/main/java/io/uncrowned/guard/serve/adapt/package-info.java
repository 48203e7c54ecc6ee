/**
 * Adapters from the engine's stages to what the server and the web UI read: policy history as a
 * {@link io.uncrowned.guard.serve.PolicyCatalog}, stored briefs and policy events as
 * {@link io.uncrowned.guard.serve.web.ArticleBriefs} and {@link io.uncrowned.guard.serve.web.ArticlePolicyEvents}.
 * {@link io.uncrowned.guard.serve.adapt.EngineViews} builds them all over one engine.
 */
package io.uncrowned.guard.serve.adapt;
