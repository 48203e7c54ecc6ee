package io.uncrowned.guard.policy;

import java.util.Objects;

/**
 * What makes decisions belong to one line: the same actor deciding about the same subject and instrument.
 *
 * @param actor the actor's stable key (entity id, or folded name)
 * @param subject the subject's stable key; {@code "*"} when the decision names no subject
 * @param instrument the instrument's category ({@code "weapons"}); {@code "*"} when none is named
 */
public record LineKey(String actor, String subject, String instrument) {
  /** The key part of a decision that does not name it. */
  public static final String ANY = "*";

  public LineKey {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(instrument, "instrument");
  }
}
