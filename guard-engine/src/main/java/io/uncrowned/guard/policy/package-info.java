/**
 * Policy history: the policy events of all stored articles, grouped into lines by actor, subject and
 * instrument, dated, and asked "what was allowed, by whom, with which limits, as of a date".
 */
package io.uncrowned.guard.policy;
