package io.uncrowned.guard.events;

import java.util.Set;

/** Verbs that report something happening between actors, beyond decisions: the general event triggers. */
final class EventWords {
  private EventWords() {}

  static final Set<String> VERBS =
      Set.of("attack", "strike", "bomb", "shell", "kill", "launch", "invade", "seize", "capture", "arrest", "sign",
          "meet", "visit", "sanction", "accuse", "condemn", "warn", "threaten", "agree", "deliver", "send", "supply",
          "withdraw", "deploy", "elect", "appoint", "resign", "fire", "sue", "fine", "raid", "detain", "release",
          "shoot", "destroy", "hit", "intercept", "target", "protest", "negotiate", "impose", "announce");
}
