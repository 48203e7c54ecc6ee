/** Dependency parses of single sentences, behind {@link io.uncrowned.guard.events.parse.DependencyParser}. */
package io.uncrowned.guard.events.parse;
