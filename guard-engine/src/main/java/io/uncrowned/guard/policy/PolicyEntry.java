package io.uncrowned.guard.policy;

import io.uncrowned.guard.events.Reversal;
import java.util.Objects;

/**
 * One dated decision on a line, with the stance it leaves and whether it reverses the line.
 *
 * @param reversal the text's own reversal cue, or an inferred one when the decision contradicts the line's
 *     previous stance although the text does not say so
 * @param inferred true when the reversal was inferred from the line, not said by the text
 */
public record PolicyEntry(PolicyRecord record, PolicyStance stance, Reversal reversal, boolean inferred) {
  public PolicyEntry {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(reversal, "reversal");
  }
}
