package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a story's timeline from its members' events: one entry per happening or decision, the first member to
 * report it as its article and the others in {@code alsoIn}. Reports of the same trigger and participants count
 * as one happening when they are dated within {@link #SAME_HAPPENING_DAYS} of its first report (follow-ups
 * the next day), else as a new one (a repeated strike a week later).
 */
final class Timeline {
  static final int SAME_HAPPENING_DAYS = 2;

  private Timeline() {}

  static List<TimelineEntry> of(List<StoryReader.Member> members) {
    Map<String, TimelineEntry> entries = new LinkedHashMap<>();
    Map<String, List<ArticleId>> also = new LinkedHashMap<>();
    Map<String, Integer> order = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      StoryReader.Member m = members.get(i);
      if (m.understanding() == null) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(m.member().signals().when(), ZoneOffset.UTC);
      String text = m.article().text();
      ArticleId id = m.article().id();
      for (Event e : m.understanding().events().events()) {
        String key = e.trigger() + "|" + key(e.actor()) + "|" + key(e.target()) + "|"
            + (e.place() == null ? "" : e.place().text());
        add(entries, also, order, dated(entries, key, day), i, id,
            () -> new TimelineEntry.Happening(day, id, List.of(), evidence(text, e.evidence()), e));
      }
      for (PolicyEvent p : m.understanding().events().policyEvents()) {
        LocalDate date = p.date() != null ? p.date() : day;
        String key = p.kind() + "|" + String.join(",", p.actorKeys()) + "|" + key(p.subject()) + "|"
            + String.join(",", p.instruments());
        add(entries, also, order, dated(entries, key, date), i, id,
            () -> new TimelineEntry.Decision(date, id, List.of(), evidence(text, p.evidence().get(0)), p));
      }
    }
    List<String> keys = new ArrayList<>(entries.keySet());
    keys.sort(Comparator.comparing((String k) -> entries.get(k).date()).thenComparing(order::get));
    return keys.stream().map(k -> entries.get(k).withAlsoIn(also.get(k))).collect(Collectors.toList());
  }

  /** The entry key for a report on {@code day}: an earlier entry's when it is close enough, else a new one. */
  private static String dated(Map<String, TimelineEntry> entries, String key, LocalDate day) {
    for (Map.Entry<String, TimelineEntry> e : entries.entrySet()) {
      if (e.getKey().startsWith(key + "#")
          && Math.abs(e.getValue().date().toEpochDay() - day.toEpochDay()) <= SAME_HAPPENING_DAYS) {
        return e.getKey();
      }
    }
    return key + "#" + day;
  }

  private static void add(Map<String, TimelineEntry> entries, Map<String, List<ArticleId>> also,
      Map<String, Integer> order, String key, int memberIndex, ArticleId id,
      java.util.function.Supplier<TimelineEntry> entry) {
    if (!entries.containsKey(key)) {
      entries.put(key, entry.get());
      also.put(key, new ArrayList<>());
      order.put(key, memberIndex);
    } else if (!entries.get(key).article().equals(id) && !also.get(key).contains(id)) {
      also.get(key).add(id);
    }
  }

  private static String key(Party p) {
    return p == null ? "" : p.key();
  }

  private static String evidence(String text, Span span) {
    return span.fits(text) ? span.of(text) : "";
  }
}
