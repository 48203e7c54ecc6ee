package io.uncrowned.guard.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the drafts of one article into policy events: a repetition of the same decision (same kind, same
 * subject, or the same actor when no subject is named) adds its evidence and fills what the first mention left
 * open; a draft without its own actor ("the decision to allow…", "this authorisation is strictly limited to…")
 * only ever joins a decision stated with one.
 */
final class Merger {
  private Merger() {}

  static List<PolicyEvent> merge(List<Draft> drafts, LocalDate date) {
    List<Draft> events = new ArrayList<>();
    for (Draft d : drafts) {
      if (standsAlone(d)) {
        Draft same = events.stream().filter(e -> sameDecision(e, d)).findFirst().orElse(null);
        if (same == null) {
          events.add(d);
        } else {
          absorb(same, d);
        }
      }
    }
    for (Draft d : drafts) {
      if (!standsAlone(d) && !d.rejectedActor) {
        Draft host = host(events, d);
        if (host != null) {
          absorb(host, d);
        }
      }
    }
    return events.stream().map(e -> toEvent(e, date)).toList();
  }

  /** A decision with its decider, or a passive one whose named subject is a country or organisation. */
  private static boolean standsAlone(Draft d) {
    return !d.isElaboration() && (!d.actors.isEmpty() || d.passive && d.subject != null && d.subject.entityId() != null
        && !d.subject.entityId().startsWith("person:")) && (d.subject != null || d.action != null);
  }

  private static boolean sameDecision(Draft a, Draft b) {
    // one sentence that reports two decisions of a kind lists two ("suspended poultry imports … and halted
    // shipments of pigs"); a decision is repeated across sentences, not within one
    if (a.kind != b.kind || a.evidence.get(0).equals(b.evidence.get(0))) {
      return false;
    }
    if (a.subject != null && b.subject != null) {
      return samePartyAs(a.subject, b.subject);
    }
    return a.actors.stream().anyMatch(x -> b.actors.stream().anyMatch(y -> samePartyAs(x, y)));
  }

  /** The latest decision stated before {@code d} that it can belong to. */
  private static Draft host(List<Draft> events, Draft d) {
    Draft best = null;
    int at = d.evidence.get(0).start();
    for (Draft e : events) {
      boolean compatible = d.isElaboration()
          || e.kind == d.kind && (d.subject == null || e.subject == null || samePartyAs(e.subject, d.subject));
      boolean before = e.evidence.get(0).start() <= at;
      if (compatible && (best == null || before && best.evidence.get(0).start() < e.evidence.get(0).start())) {
        best = e;
      }
    }
    return best;
  }

  static boolean samePartyAs(Party a, Party b) {
    return a.key().equals(b.key()) || a.countryCode() != null && a.countryCode().equals(b.countryCode())
        || a.name().equalsIgnoreCase(b.name());
  }

  private static void absorb(Draft into, Draft d) {
    for (Party p : d.actors) {
      if (into.actors.stream().noneMatch(q -> samePartyAs(p, q))) {
        into.actors.add(p);
      }
    }
    into.subject = into.subject == null ? d.subject : into.subject;
    into.action = into.action == null ? d.action : into.action;
    addNew(into.instruments, d.instruments);
    for (Area a : d.area) {
      if (into.area.stream().noneMatch(b -> fold(b.text()).equals(fold(a.text())))) {
        into.area.add(a);
      }
    }
    into.targets = into.targets == null ? d.targets : into.targets;
    into.purpose = into.purpose == null ? d.purpose : into.purpose;
    addNew(into.limits, d.limits);
    if (!into.reversal.reversed() || d.reversal.reversed() && !namesReversal(into.reversal) && namesReversal(d.reversal)) {
      into.reversal = d.reversal; // "a major reversal" says more than "a policy shift"
    }
    into.attributedTo = into.attributedTo == null ? d.attributedTo : into.attributedTo;
    d.evidence.stream().filter(s -> !into.evidence.contains(s)).forEach(into.evidence::add);
    into.evidence.sort(null);
  }

  private static boolean namesReversal(Reversal r) {
    return r.cue() != null && fold(r.cue()).contains("revers");
  }

  /** Lower case with typographic apostrophes made plain, for comparing phrases. */
  static String fold(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
  }

  private static void addNew(List<String> into, List<String> more) {
    for (String m : more) {
      if (into.stream().noneMatch(x -> fold(x).equals(fold(m)))) {
        into.add(m);
      }
    }
  }

  private static PolicyEvent toEvent(Draft d, LocalDate date) {
    List<String> limits = new ArrayList<>();
    addNew(limits, d.limits);
    return new PolicyEvent(d.kind, d.actors, d.subject, d.action, d.instruments, d.area, d.targets, d.purpose, limits,
        d.negated, d.modality, d.reversal, d.trigger, d.attributedTo, d.evidence, date);
  }
}
