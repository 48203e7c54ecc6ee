package io.uncrowned.guard.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated decisions of one actor about one subject and instrument, oldest first.
 *
 * @param actorName the actor's canonical name, as the newest entry gives it
 * @param subjectName the subject's canonical name; empty when the decisions name none
 */
public record PolicyLine(LineKey key, String actorName, String subjectName, List<PolicyEntry> entries) {
  public PolicyLine {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(actorName, "actorName");
    Objects.requireNonNull(subjectName, "subjectName");
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a policy line needs at least one entry");
    }
  }

  /** The entry in force on {@code day}: the newest dated on or before it; empty when the line starts later. */
  public Optional<PolicyEntry> asOf(LocalDate day) {
    PolicyEntry inForce = null;
    for (PolicyEntry e : entries) {
      if (e.record().date().isAfter(day)) {
        break;
      }
      inForce = e;
    }
    return Optional.ofNullable(inForce);
  }

  /** The newest entry. */
  public PolicyEntry latest() {
    return entries.get(entries.size() - 1);
  }
}
