package io.uncrowned.guard.eval.stories;

import java.time.Instant;
import java.util.Objects;

/**
 * One evaluation document.
 *
 * @param topic the group used to split tuning from held-out documents (ECB+ topic number; else the gold label)
 * @param gold the gold cluster (ECB+ sub-topic)
 * @param published null when the data set has no dates
 */
public record StoryDoc(String id, String title, String text, Instant published, String topic, String gold) {
  public StoryDoc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(gold, "gold");
  }
}
