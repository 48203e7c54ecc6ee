package io.uncrowned.guard.events;

import java.util.Set;

/** Verbs that report something happening between actors, beyond decisions: the general event triggers. */
final class EventWords {
  private EventWords() {}

  /**
   * Kept short on purpose: every sentence holding one of these (and a name) is parsed, and parsing is the
   * stage's cost. Verbs of saying and meeting, common in every article, are left out.
   */
  static final Set<String> VERBS =
      Set.of("attack", "strike", "bomb", "shell", "kill", "invade", "seize", "capture", "arrest", "detain", "raid",
          "sign", "sanction", "deploy", "withdraw", "launch", "intercept", "impose", "shoot", "destroy");
}
