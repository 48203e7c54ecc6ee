/**
 * Events and policy events: what happened (actor – action – target – place – time) and which decisions an
 * article reports (who granted, restricted, lifted, refused or extended what, for whom, where, with which
 * limits). {@link io.uncrowned.guard.events.EventExtractor} is the entry point; dependency parses come from
 * {@link io.uncrowned.guard.events.parse.DependencyParser}, run only on sentences carrying a trigger.
 */
package io.uncrowned.guard.events;
