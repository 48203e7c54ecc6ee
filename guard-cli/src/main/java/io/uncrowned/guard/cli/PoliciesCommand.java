package io.uncrowned.guard.cli;

import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.policy.PolicyEntry;
import io.uncrowned.guard.policy.PolicyHistory;
import io.uncrowned.guard.policy.PolicyLine;
import io.uncrowned.guard.store.ArticleJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guard policies}: what was allowed, by whom, with which limits; as of a date, or the whole history of
 * each line.
 */
@Command(
    name = "policies",
    description = "Policy lines (actor, subject, instrument): what stood as of a date, or their history.")
final class PoliciesCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(names = "--actor", description = "Who decides: country code, name or entity id (e.g. US).")
  String actor;

  @Option(names = "--subject", description = "Who is allowed or restricted (e.g. UA).")
  String subject;

  @Option(names = "--as-of", paramLabel = "DATE", description = "What stood on this day (YYYY-MM-DD); default today.")
  LocalDate asOf;

  @Option(names = "--history", description = "Every dated entry of each line, not only the one in force.")
  boolean history;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate day = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
    PolicyHistory policies;
    try (GuardEngine engine = Engines.openForReading(data)) {
      policies = engine.policyHistory();
    }
    ArticleJson codec = new ArticleJson();
    if (history) {
      for (PolicyLine line : policies.lines(actor, subject)) {
        out.println(json ? codec.write(line) : renderHistory(line));
      }
    } else {
      List<PolicyHistory.InForce> standing = policies.asOf(day, actor, subject);
      if (standing.isEmpty() && !json) {
        out.println("no policy decisions on record as of " + day + filters());
      }
      for (PolicyHistory.InForce f : standing) {
        out.println(json ? codec.write(asJson(day, f)) : render(day, f));
      }
    }
    out.flush();
    return 0;
  }

  private String filters() {
    List<String> f = new ArrayList<>();
    if (actor != null) {
      f.add("actor " + actor);
    }
    if (subject != null) {
      f.add("subject " + subject);
    }
    return f.isEmpty() ? "" : " for " + String.join(", ", f);
  }

  private static Map<String, Object> asJson(LocalDate day, PolicyHistory.InForce f) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("asOf", day);
    r.put("actor", f.line().actorName());
    r.put("subject", f.line().subjectName());
    r.put("line", f.line().key());
    r.put("stance", f.entry().stance());
    r.put("since", f.entry().record().date());
    r.put("entry", f.entry());
    r.put("entries", f.line().entries().size());
    return r;
  }

  static String render(LocalDate day, PolicyHistory.InForce f) {
    PolicyLine line = f.line();
    PolicyEntry e = f.entry();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%s -> %s [%s]: %s as of %s, since %s (%s, article %s)%n",
        line.actorName(), line.subjectName().isEmpty() ? "(unnamed)" : line.subjectName(), line.key().instrument(),
        e.stance().name().toLowerCase(Locale.ROOT), day, e.record().date(), e.record().event().kind().label(),
        e.record().article().value()));
    s.append(details(e));
    int earlier = (int) line.entries().stream().filter(x -> x.record().date().isBefore(e.record().date())).count();
    if (earlier > 0) {
      s.append("  ").append(earlier).append(" earlier entr").append(earlier == 1 ? "y" : "ies")
          .append(" (--history to list)\n");
    }
    return s.toString();
  }

  private static String renderHistory(PolicyLine line) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s -> %s [%s]%n", line.actorName(),
        line.subjectName().isEmpty() ? "(unnamed)" : line.subjectName(), line.key().instrument()));
    for (PolicyEntry e : line.entries()) {
      s.append(String.format(Locale.ROOT, "  %s  %-8s -> %s  (article %s)%n", e.record().date(),
          e.record().event().kind().label(), e.stance().name().toLowerCase(Locale.ROOT), e.record().article().value()));
      s.append(details(e).indent(2));
    }
    return s.toString();
  }

  /** The decision's scope and limits, one labelled line each, only those the text gives. */
  private static String details(PolicyEntry e) {
    PolicyEvent p = e.record().event();
    StringBuilder s = new StringBuilder();
    field(s, "action", p.action());
    field(s, "instruments", String.join(", ", p.instruments()));
    field(s, "area", p.area().stream().map(a -> a.text()).collect(Collectors.joining("; ")));
    field(s, "targets", p.targets());
    field(s, "purpose", p.purpose());
    field(s, "limits", String.join(", ", p.limits()));
    if (e.reversal().reversed()) {
      field(s, "reversal", (e.inferred() ? "inferred: " : "") + e.reversal().cue());
    }
    field(s, "attributed to", p.attributedTo());
    return s.toString();
  }

  private static void field(StringBuilder s, String label, String value) {
    if (value != null && !value.isBlank()) {
      s.append("  ").append(label).append(": ").append(value).append('\n');
    }
  }
}
