package io.uncrowned.guard.eval.events;

import io.uncrowned.guard.eval.events.PolicyItem.ExpectedPolicy;
import io.uncrowned.guard.events.Area;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.understand.places.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores predicted policy events against an item's expected ones.
 *
 * <p>Matching: within an item, each predicted event is paired with the unpaired expected event of the same kind
 * that shares most actor, subject and area values; failing one of the same kind, with the best-sharing
 * expected event of another kind (so its fields still count, and its kind counts as wrong). Values of unpaired
 * predicted events count as wrong; values of unpaired expected events as missed.
 *
 * <p>Per field, precision is over predicted (item, event, value) pairs and recall over expected ones:
 * <ul>
 *   <li>kind: one value per event;
 *   <li>actor and subject: a predicted party matches an expected value (or one of its {@code |} alternatives)
 *       when, case-insensitively, the value equals the words as written, the canonical name, the canonical
 *       name without "Government of", or an alias of the linked entity;
 *   <li>area: a predicted area matches when its text or one of its resolved place names contains the expected
 *       value or is contained in it;
 *   <li>action, instruments, targets, purpose, limits, attribution (informative): the same containment test on
 *       text; reversal: predicted {@code true} against expected {@code true}.
 * </ul>
 * Overall is the micro-average over kind, actor, subject and area.
 */
public final class PolicyEventScorer {
  /** The fields with goals (precision ≥ 0.9, recall ≥ 0.8), then the informative ones. */
  public static final List<String> FIELDS =
      List.of("kind", "actor", "subject", "area", "action", "instruments", "targets", "purpose", "limits", "reversal",
          "attribution");

  private final Map<String, FieldScore> totals = new LinkedHashMap<>();

  public PolicyEventScorer() {
    FIELDS.forEach(f -> totals.put(f, new FieldScore(f, 0, 0, 0, 0)));
  }

  /**
   * Adds one item's result.
   *
   * @param aliases the aliases of the linked entities by entity id (empty when unknown)
   */
  public void add(List<ExpectedPolicy> expected, List<PolicyEvent> predicted, Function<String, List<String>> aliases) {
    List<ExpectedPolicy> open = new ArrayList<>(expected);
    for (PolicyEvent p : predicted) {
      ExpectedPolicy match = bestMatch(p, open, aliases);
      if (match != null) {
        open.remove(match);
      }
      score(p, match, aliases);
    }
    for (ExpectedPolicy e : open) {
      score(null, e, aliases);
    }
  }

  public List<FieldScore> fields() {
    return List.copyOf(totals.values());
  }

  /** Micro-average over kind, actor, subject and area. */
  public FieldScore overall() {
    FieldScore sum = new FieldScore("overall", 0, 0, 0, 0);
    for (String f : FIELDS.subList(0, 4)) {
      sum = sum.plus(totals.get(f));
    }
    return sum;
  }

  private ExpectedPolicy bestMatch(PolicyEvent p, List<ExpectedPolicy> open, Function<String, List<String>> aliases) {
    ExpectedPolicy best = null;
    int bestScore = -1;
    for (ExpectedPolicy e : open) {
      int s = (e.kind().equalsIgnoreCase(p.kind().label()) ? 100 : 0) + overlap(p, e, aliases);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  private int overlap(PolicyEvent p, ExpectedPolicy e, Function<String, List<String>> aliases) {
    int n = 0;
    for (Party a : p.actors()) {
      n += e.actors().stream().anyMatch(v -> partyMatches(a, v, aliases)) ? 1 : 0;
    }
    n += p.subject() != null && e.subject() != null && partyMatches(p.subject(), e.subject(), aliases) ? 1 : 0;
    for (Area a : p.area()) {
      n += e.area().stream().anyMatch(v -> areaMatches(a, v)) ? 1 : 0;
    }
    return n;
  }

  private void score(PolicyEvent p, ExpectedPolicy e, Function<String, List<String>> aliases) {
    String kind = p == null ? null : p.kind().label();
    add("kind", kind == null ? List.of() : List.of(kind), e == null ? List.of() : List.of(e.kind()),
        (x, v) -> x.equalsIgnoreCase(v));
    add("actor", p == null ? List.of() : p.actors(), e == null ? List.of() : e.actors(),
        (x, v) -> partyMatches(x, v, aliases));
    add("subject", p == null || p.subject() == null ? List.of() : List.of(p.subject()),
        e == null || e.subject() == null ? List.of() : List.of(e.subject()), (x, v) -> partyMatches(x, v, aliases));
    add("area", p == null ? List.of() : p.area(), e == null ? List.of() : e.area(), PolicyEventScorer::areaMatches);
    text("action", p == null ? null : p.action(), e == null ? null : e.action());
    add("instruments", p == null ? List.of() : p.instruments(), e == null ? List.of() : e.instruments(),
        PolicyEventScorer::contains);
    text("targets", p == null ? null : p.targets(), e == null ? null : e.targets());
    text("purpose", p == null ? null : p.purpose(), e == null ? null : e.purpose());
    add("limits", p == null ? List.of() : p.limits(), e == null ? List.of() : e.limits(), PolicyEventScorer::contains);
    boolean predictedReversal = p != null && p.reversal().reversed();
    boolean expectedReversal = e != null && Boolean.TRUE.equals(e.reversal());
    add("reversal", predictedReversal ? List.of("reversal") : List.of(), expectedReversal ? List.of("reversal") : List.of(),
        String::equals);
    text("attribution", p == null ? null : p.attributedTo(), e == null ? null : e.attributedTo());
  }

  private void text(String field, String predicted, String expected) {
    add(field, predicted == null ? List.of() : List.of(predicted), expected == null ? List.of() : List.of(expected),
        PolicyEventScorer::contains);
  }

  private <T> void add(String field, List<T> predicted, List<String> expectedValues, Matcher<T> matches) {
    // An empty expected value means "not stated" (the sets' convention), so it is nothing to find.
    List<String> expected = expectedValues.stream().filter(v -> v != null && !v.isBlank()).toList();
    int correct = (int) predicted.stream().filter(x -> expected.stream().anyMatch(v -> matches.test(x, v))).count();
    int found = (int) expected.stream().filter(v -> predicted.stream().anyMatch(x -> matches.test(x, v))).count();
    totals.merge(field, new FieldScore(field, correct, predicted.size(), found, expected.size()), FieldScore::plus);
  }

  @FunctionalInterface
  private interface Matcher<T> {
    boolean test(T predicted, String expected);
  }

  static boolean partyMatches(Party p, String expected, Function<String, List<String>> aliases) {
    List<String> names = new ArrayList<>(List.of(p.text(), p.name(), p.name().replaceFirst("(?i)^government of (the )?", ""),
        p.text().replaceFirst("(?i)^the ", "")));
    if (p.entityId() != null) {
      names.addAll(aliases.apply(p.entityId()));
    }
    for (String alt : expected.split("\\|")) {
      for (String n : names) {
        if (fold(n).equals(fold(alt))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean areaMatches(Area a, String expected) {
    if (contains(a.text(), expected)) {
      return true;
    }
    for (Place place : a.places()) {
      if (contains(place.name(), expected)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(String predicted, String expected) {
    String p = fold(predicted);
    String e = fold(expected);
    return !p.isEmpty() && !e.isEmpty() && (p.contains(e) || e.contains(p));
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
  }
}
