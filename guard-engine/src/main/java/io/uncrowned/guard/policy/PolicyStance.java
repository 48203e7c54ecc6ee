package io.uncrowned.guard.policy;

import io.uncrowned.guard.events.PolicyKind;

/** Where a policy line stands after an entry: the subject may do the thing, or may not. */
public enum PolicyStance {
  ALLOWED,
  RESTRICTED;

  /**
   * The stance a decision of {@code kind} leaves. An extension continues what it extends, so it takes the
   * line's previous stance; with none known it is read as an extended permission, the common case in news.
   */
  static PolicyStance after(PolicyKind kind, PolicyStance previous) {
    return switch (kind) {
      case GRANT, LIFT -> ALLOWED;
      case RESTRICT, REFUSE -> RESTRICTED;
      case EXTEND -> previous == null ? ALLOWED : previous;
    };
  }
}
