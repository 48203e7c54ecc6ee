package io.uncrowned.guard.serve.adapt;

import io.uncrowned.guard.events.Area;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.policy.LineKey;
import io.uncrowned.guard.policy.PolicyEntry;
import io.uncrowned.guard.policy.PolicyHistory;
import io.uncrowned.guard.policy.PolicyLine;
import io.uncrowned.guard.serve.PolicyCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The policy tracker's catalog over the engine's policy history. Building the history reads every stored
 * policy event, so it is built once and rebuilt only when the store's sequence number has moved (something
 * was ingested). Thread-safe: concurrent requests share one immutable history; a rebuild may run twice under
 * a race, which is harmless.
 */
public final class HistoryPolicyCatalog implements PolicyCatalog {
  private final Supplier<PolicyHistory> history;
  private final LongSupplier version;
  private volatile Built built;

  /**
   * @param history builds the history afresh ({@code engine::policyHistory})
   * @param version changes whenever the history may have changed ({@code engine::storeSeq})
   */
  public HistoryPolicyCatalog(Supplier<PolicyHistory> history, LongSupplier version) {
    this.history = Objects.requireNonNull(history, "history");
    this.version = Objects.requireNonNull(version, "version");
  }

  @Override
  public List<Line> asOf(Instant asOf, String query, int limit) {
    LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    List<String> words = words(query);
    List<Line> out = new ArrayList<>();
    for (PolicyLine line : current().lines()) {
      List<PolicyEntry> upTo = line.entries().stream().filter(e -> !e.record().date().isAfter(day)).toList();
      if (!upTo.isEmpty() && matches(line, words)) {
        out.add(line(line, upTo));
      }
    }
    // Newest decision first: what changed last is what the reader looks for.
    out.sort(Comparator.comparing((Line l) -> l.steps().get(l.steps().size() - 1).at()).reversed());
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private PolicyHistory current() {
    long now = version.getAsLong();
    Built b = built;
    if (b == null || b.version != now) {
      b = new Built(now, history.get());
      built = b;
    }
    return b.history;
  }

  private static Line line(PolicyLine line, List<PolicyEntry> upTo) {
    LineKey key = line.key();
    String id = key.actor() + "|" + key.subject() + "|" + key.instrument();
    String instrument = LineKey.ANY.equals(key.instrument()) ? null : key.instrument();
    String subject = line.subjectName().isEmpty() ? "(unnamed)" : line.subjectName();
    String state = upTo.get(upTo.size() - 1).stance().name().toLowerCase(Locale.ROOT);
    return new Line(id, line.actorName(), subject, instrument, state, upTo.stream().map(HistoryPolicyCatalog::step).toList());
  }

  private static Step step(PolicyEntry e) {
    PolicyEvent event = e.record().event();
    Instant at = e.record().date().atStartOfDay(ZoneOffset.UTC).toInstant();
    String action = event.action() != null ? event.action() : String.join(", ", event.instruments());
    return new Step(at, event.kind().label(), action.isEmpty() ? null : action, limits(event),
        e.reversal().reversed(), e.record().article(), e.reversal().reversed() ? e.reversal().cue() : null);
  }

  /** Everything that bounds the decision, as written: limit markers, area, targets and purpose. */
  static String limits(PolicyEvent event) {
    List<String> parts = new ArrayList<>(event.limits());
    String area = event.area().stream().map(Area::text).collect(Collectors.joining("; "));
    if (!area.isEmpty()) {
      parts.add("area: " + area);
    }
    if (event.targets() != null) {
      parts.add("targets: " + event.targets());
    }
    if (event.purpose() != null) {
      parts.add("purpose: " + event.purpose());
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Stream.of(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** Every word must occur in the actor's, subject's or instrument's names, keys or country codes. */
  private static boolean matches(PolicyLine line, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    StringBuilder hay = new StringBuilder();
    hay.append(line.actorName()).append(' ').append(line.subjectName()).append(' ')
        .append(line.key().actor()).append(' ').append(line.key().subject()).append(' ')
        .append(line.key().instrument());
    for (PolicyEntry e : line.entries()) {
      PolicyEvent event = e.record().event();
      event.actors().forEach(p -> party(hay, p));
      if (event.subject() != null) {
        party(hay, event.subject());
      }
      event.instruments().forEach(i -> hay.append(' ').append(i));
    }
    String text = hay.toString().toLowerCase(Locale.ROOT);
    return words.stream().allMatch(w -> containsWord(text, w));
  }

  private static void party(StringBuilder hay, Party p) {
    hay.append(' ').append(p.text()).append(' ').append(p.name());
    if (p.countryCode() != null) {
      hay.append(' ').append(p.countryCode());
    }
  }

  // Whole-word for short words ("us" must not match "russia"), substring otherwise.
  private static boolean containsWord(String text, String word) {
    if (word.length() > 3) {
      return text.contains(word);
    }
    return Stream.of(text.split("[^\\p{L}\\p{N}]+")).anyMatch(word::equals);
  }

  private record Built(long version, PolicyHistory history) {}
}
