package io.uncrowned.guard.stories;

import java.time.Instant;
import java.util.Objects;

/**
 * A story as listed, without its members' details.
 *
 * @param title the headline of the member nearest the story's centroid
 * @param members stored articles in the story
 * @param reports members plus the exact and near duplicates recorded against them (reprints)
 * @param independentSources distinct sources among the members, rewrites of another member's copy counted once
 */
public record StoryRow(
    StoryId id, String title, Instant firstSeen, Instant lastSeen, int members, int reports, int independentSources) {
  public StoryRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }
}
