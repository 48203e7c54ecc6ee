package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * Something that happened, as one sentence reports it: actor – action – target – place – time.
 *
 * @param trigger lemma of the verb that carries the event ("strike", "authorize")
 * @param actor who acts; null when not said
 * @param action the verb with its particles as written ("has authorized")
 * @param target who or what is acted on; null when not said
 * @param place where, as written and resolved; null when not said
 * @param time when, as written ("on Monday"); null when not said
 * @param actionSpan character span of the trigger word in the article's canonical text
 * @param evidence character span of the sentence
 */
public record Event(
    String trigger, Party actor, String action, Party target, Area place, String time, Span actionSpan, Span evidence) {
  public Event {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actionSpan, "actionSpan");
    Objects.requireNonNull(evidence, "evidence");
  }
}
