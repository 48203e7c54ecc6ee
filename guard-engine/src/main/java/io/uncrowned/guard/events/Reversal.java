package io.uncrowned.guard.events;

/**
 * Whether the text presents a decision as reversing an earlier stance, and the words that say so.
 *
 * @param reversed true when a cue was found
 * @param cue the words as written ("a major reversal in the previously held stance"); null when none
 */
public record Reversal(boolean reversed, String cue) {
  /** No reversal said. */
  public static final Reversal NONE = new Reversal(false, null);
}
