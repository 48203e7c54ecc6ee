package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy event as read from one sentence, before repetitions are merged. Mutable and local to one
 * extraction; {@link Merger} turns drafts into {@link PolicyEvent}s.
 */
final class Draft {
  /** Null for an elaboration: a sentence that only adds limits, area or purpose to the decision before it. */
  PolicyKind kind;
  final List<Party> actors = new ArrayList<>();
  /** True when the sentence named an actor we could not accept (a goalkeeper, an app): never merged. */
  boolean rejectedActor;
  boolean passive;
  Party subject;
  /** True when the subject was "them"/"they": the party named by the decision before ("…and barred them from…"). */
  boolean subjectIsPronoun;
  String action;
  final List<String> instruments = new ArrayList<>();
  final List<Area> area = new ArrayList<>();
  String targets;
  String purpose;
  final List<String> limits = new ArrayList<>();
  boolean negated;
  String modality;
  Reversal reversal = Reversal.NONE;
  String trigger;
  String attributedTo;
  final List<Span> evidence = new ArrayList<>();

  boolean isElaboration() {
    return kind == null;
  }
}
