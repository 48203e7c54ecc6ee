/**
 * Developing stories: each new article joins a warm story or starts one, in arrival order, by
 * {@link io.uncrowned.guard.stories.OnlineClusterer}; {@link io.uncrowned.guard.stories.StoryTracker} keeps the
 * assignment in the store so it survives restarts, and {@link io.uncrowned.guard.stories.StoryReader} turns a
 * story's members into a {@link io.uncrowned.guard.stories.Story} with its timeline and multi-document brief.
 */
package io.uncrowned.guard.stories;
