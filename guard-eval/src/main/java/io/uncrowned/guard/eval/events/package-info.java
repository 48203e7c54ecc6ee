/**
 * Evaluation of policy-event extraction on hand-written sets of sentences and short paragraphs: precision
 * and recall per field, with the scoring rules documented in {@link io.uncrowned.guard.eval.events.PolicyEventScorer}.
 */
package io.uncrowned.guard.eval.events;
