package io.uncrowned.guard.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reported decision does to what someone may do. */
public enum PolicyKind {
  /** Someone is allowed, authorised, permitted or approved to do something. */
  GRANT,
  /** Someone is banned, barred or restricted, or a grant is withheld for the future ("will not permit"). */
  RESTRICT,
  /** An earlier ban or restriction is lifted, eased or ended. */
  LIFT,
  /** A request or authorisation is refused ("refused to authorise", "denied permission"). */
  REFUSE,
  /** An existing ban, permission or waiver is extended or renewed. */
  EXTEND;

  /** The lower-case name used in JSON and evaluation sets ("grant"). */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with label {@code label}, case-insensitively. */
  public static PolicyKind of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
