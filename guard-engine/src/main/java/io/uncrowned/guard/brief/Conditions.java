package io.uncrowned.guard.brief;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of condition a sentence attaches to what it reports. A brief that drops a decision's limit or its
 * purpose misreports the decision, so the summarizer rewards each kind once per TL;DR.
 */
enum Conditions {
  /** "only", "solely", "strictly", "exclusively", "limited to", "restricted to", "on condition that"… */
  LIMIT("(?i)\\b(only|solely|strictly|exclusively|(limited|restricted|confined) to|on condition|provided that)\\b"),
  /** "for counter-fire purposes", "for the purpose of"… */
  PURPOSE("(?i)\\b(for [\\w-]+ purposes|for the purposes? of)\\b");

  private final Pattern cue;

  Conditions(String cue) {
    this.cue = Pattern.compile(cue);
  }

  /** The kinds of condition {@code sentence} states. */
  static Set<Conditions> in(String sentence) {
    Set<Conditions> out = EnumSet.noneOf(Conditions.class);
    for (Conditions c : values()) {
      if (c.cue.matcher(sentence).find()) {
        out.add(c);
      }
    }
    return out;
  }
}
