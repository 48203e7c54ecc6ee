package io.uncrowned.guard.dedupe;

/** How a duplicate was recognised. */
public enum DuplicateKind {
  /** Same normalised text (same content hash) under another id. */
  EXACT,
  /** Estimated shingle similarity above the near-duplicate threshold. */
  NEAR
}
