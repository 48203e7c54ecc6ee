package io.uncrowned.guard.policy;

import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.events.Reversal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All policy lines built from stored policy events. A decision by several actors joins each actor's line. A
 * decision that contradicts the stance its line held is marked a reversal even when the text does not say so.
 * Immutable once built.
 */
public final class PolicyHistory {
  private static final Comparator<PolicyRecord> CHRONOLOGICAL =
      Comparator.comparing(PolicyRecord::date).thenComparing(r -> r.article().value());
  private final List<PolicyLine> lines;

  private PolicyHistory(List<PolicyLine> lines) {
    this.lines = List.copyOf(lines);
  }

  /** The history of these records, in any order. */
  public static PolicyHistory of(List<PolicyRecord> records) {
    Map<LineKey, List<PolicyEntry>> byLine = new LinkedHashMap<>();
    records.stream().sorted(CHRONOLOGICAL).forEach(r -> {
      for (LineKey key : keys(r.event())) {
        PolicyEntry entry = entry(r, previous(byLine, key));
        byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      }
    });
    List<PolicyLine> lines = new ArrayList<>();
    byLine.forEach((key, entries) -> lines.add(line(key, entries)));
    return new PolicyHistory(lines);
  }

  /** Every line, in the order they started. */
  public List<PolicyLine> lines() {
    return lines;
  }

  /** The lines whose actor and subject match the filters (null or blank matches all). */
  public List<PolicyLine> lines(String actor, String subject) {
    return lines.stream()
        .filter(l -> matchesAny(l, actor, true) && matchesAny(l, subject, false))
        .toList();
  }

  /**
   * What stood on {@code day}: for each matching line that had started, the entry in force.
   *
   * @return pairs of line and entry, newest decision first
   */
  public List<InForce> asOf(LocalDate day, String actor, String subject) {
    List<InForce> out = new ArrayList<>();
    for (PolicyLine line : lines(actor, subject)) {
      line.asOf(day).ifPresent(e -> out.add(new InForce(line, e)));
    }
    out.sort(Comparator.comparing((InForce f) -> f.entry().record().date()).reversed());
    return out;
  }

  /** A line and the entry in force on the day asked. */
  public record InForce(PolicyLine line, PolicyEntry entry) {}

  private static List<LineKey> keys(PolicyEvent event) {
    String subject = event.subject() == null ? LineKey.ANY : event.subject().key();
    String instrument = Instruments.category(event.instruments());
    List<String> actors = event.actors().isEmpty() ? List.of(LineKey.ANY) : event.actorKeys();
    return actors.stream().distinct().map(a -> new LineKey(a, subject, instrument)).toList();
  }

  /**
   * The stance before a new entry: the line's own, else (for a decision that names no instrument, or a line
   * that has none yet) the newest stance any line of the same actor and subject holds.
   */
  private static Optional<PolicyStance> previous(Map<LineKey, List<PolicyEntry>> byLine, LineKey key) {
    List<PolicyEntry> own = byLine.getOrDefault(key, List.of());
    if (!own.isEmpty()) {
      return Optional.of(own.get(own.size() - 1).stance());
    }
    return byLine.entrySet().stream()
        .filter(e -> e.getKey().actor().equals(key.actor()) && e.getKey().subject().equals(key.subject()))
        .filter(e -> key.instrument().equals(LineKey.ANY) || e.getKey().instrument().equals(LineKey.ANY))
        .map(e -> e.getValue().get(e.getValue().size() - 1))
        .max(Comparator.comparing(e -> e.record().date()))
        .map(PolicyEntry::stance);
  }

  private static PolicyEntry entry(PolicyRecord r, Optional<PolicyStance> previous) {
    PolicyEvent event = r.event();
    PolicyStance stance = PolicyStance.after(event.kind(), previous.orElse(null));
    if (event.reversal().reversed()) {
      return new PolicyEntry(r, stance, event.reversal(), false);
    }
    if (previous.isPresent() && previous.get() != stance) {
      String cue = "contradicts the line's earlier stance (" + previous.get().name().toLowerCase(Locale.ROOT) + ")";
      return new PolicyEntry(r, stance, new Reversal(true, cue), true);
    }
    return new PolicyEntry(r, stance, Reversal.NONE, false);
  }

  private static PolicyLine line(LineKey key, List<PolicyEntry> entries) {
    PolicyEvent newest = entries.get(entries.size() - 1).record().event();
    String actorName = newest.actors().stream()
        .filter(p -> p.key().equals(key.actor())).map(Party::name).findFirst().orElse("(unnamed)");
    String subjectName = newest.subject() == null ? "" : newest.subject().name();
    return new PolicyLine(key, actorName, subjectName, entries);
  }

  private static boolean matchesAny(PolicyLine line, String filter, boolean actor) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    return line.entries().stream().anyMatch(e -> {
      PolicyEvent event = e.record().event();
      List<Party> parties = actor ? event.actors() : (event.subject() == null ? List.of() : List.of(event.subject()));
      String key = actor ? line.key().actor() : line.key().subject();
      return parties.stream().filter(p -> p.key().equals(key)).anyMatch(p -> matches(p, filter.strip()));
    });
  }

  /** A filter names a party by country code, canonical name, words as written, or entity id. */
  static boolean matches(Party party, String filter) {
    return filter.equalsIgnoreCase(party.countryCode())
        || filter.equalsIgnoreCase(party.name())
        || filter.equalsIgnoreCase(party.text())
        || filter.equalsIgnoreCase(party.key())
        || party.key().endsWith(":" + filter.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"));
  }
}
