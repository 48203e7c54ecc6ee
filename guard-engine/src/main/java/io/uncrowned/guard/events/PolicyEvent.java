package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision an article reports: who granted, restricted, lifted, refused or extended what, for whom, where,
 * against what, for which purpose and within which limits. Repetitions of the same decision in one article
 * are one event with several evidence spans. Dated by the article, so a history of decisions about the same
 * actor, subject and instrument can be built from these records ({@link #actorKeys()}, {@link Party#key()}).
 *
 * @param actors who decides; several when allies act together; empty only for a passive report whose subject
 *     is a named country or organisation ("Ukraine was allowed to…")
 * @param subject who is allowed or restricted; null when the text names nobody
 * @param action what may or may not be done ("strike military targets"); null when not said
 * @param instruments which weapons, goods or funds ("supplied weaponry")
 * @param area geographic scope, free text with resolved places
 * @param targets against what ("military installations"); null when not said
 * @param purpose what for ("counter-fire purposes"); null when not said
 * @param limits limit markers as written ("strictly limited", "solely", "no limits")
 * @param negated true when the trigger itself was negated ("will not permit" → {@link PolicyKind#RESTRICT})
 * @param modality the modal or tense cue of the trigger ("will", "would"); null for a plain report
 * @param trigger the lemma of the word that carries the decision ("authorize", "ban", "permission")
 * @param attributedTo who says so ("The U.S. official statement"); null when the article says it itself
 * @param evidence sentence spans (UTF-16 offsets in the article's canonical text) of every mention, in order
 * @param date the article's date; null when unknown
 */
public record PolicyEvent(
    PolicyKind kind,
    List<Party> actors,
    Party subject,
    String action,
    List<String> instruments,
    List<Area> area,
    String targets,
    String purpose,
    List<String> limits,
    boolean negated,
    String modality,
    Reversal reversal,
    String trigger,
    String attributedTo,
    List<Span> evidence,
    LocalDate date) {
  public PolicyEvent {
    Objects.requireNonNull(kind, "kind");
    actors = List.copyOf(actors);
    instruments = List.copyOf(instruments);
    area = List.copyOf(area);
    limits = List.copyOf(limits);
    Objects.requireNonNull(reversal, "reversal");
    Objects.requireNonNull(trigger, "trigger");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a policy event needs at least one evidence span");
    }
  }

  /** The stable keys of the actors, in order: entity ids when linked, folded names otherwise. */
  public List<String> actorKeys() {
    return actors.stream().map(Party::key).toList();
  }
}
