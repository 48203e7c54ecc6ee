package io.uncrowned.guard.serve.web;

import io.javalin.http.Context;
import io.uncrowned.guard.serve.PolicyCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /policies?asOf=D&q=…}: the policy tracker, "what was allowed as of D": each policy line with
 * its state at the end of day D and its steps up to then, reversals marked. Says plainly when this build
 * has no policy history.
 */
final class PolicyPage {
  static final int MAX_LINES = 200;

  private final Pages pages;
  private final PolicyCatalog policies;
  private final Clock clock;

  PolicyPage(Pages pages, PolicyCatalog policies, Clock clock) {
    this.pages = pages;
    this.policies = policies;
    this.clock = clock;
  }

  void handle(Context ctx) {
    String raw = ctx.queryParam("asOf");
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    LocalDate asOf;
    try {
      asOf = raw == null || raw.isBlank() ? LocalDate.now(clock) : LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      ctx.status(400);
      pages.write(ctx, "policies.jte", new View(policies.available(), "", q,
          "The date \"" + raw + "\" is not a date (yyyy-mm-dd).", List.of()));
      return;
    }
    if (q.length() > 200) {
      q = q.substring(0, 200);
    }
    List<Line> lines = new ArrayList<>();
    if (policies.available()) {
      // "As of D" includes all of day D.
      var end = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
      for (PolicyCatalog.Line l : policies.asOf(end, q, MAX_LINES)) {
        lines.add(line(l));
      }
    }
    pages.write(ctx, "policies.jte", new View(policies.available(), asOf.toString(), q, null, lines));
  }

  private static Line line(PolicyCatalog.Line l) {
    List<Step> steps = new ArrayList<>();
    boolean reversed = false;
    for (PolicyCatalog.Step s : l.steps()) {
      reversed |= s.reversal();
      steps.add(new Step(Pages.day(s.at()), Pages.isoDay(s.at()), s.kind(), s.action(), s.limits(), s.reversal(),
          s.reversalCue(), s.evidence() == null ? null : "/articles/" + s.evidence().value()));
    }
    return new Line(l.actor(), l.subject(), l.instrument(), l.state(), reversed, steps);
  }

  /** A policy line as of the date; {@code state} null when nothing had happened yet. */
  record Line(String actor, String subject, String instrument, String state, boolean reversed, List<Step> steps) {}

  /** One step of a line, with the article it was read from (nullable link). */
  record Step(String date, String dateIso, String kind, String action, String limits, boolean reversal,
      String reversalCue, String evidenceHref) {}

  /** The tracker's model; {@code problem} is set when the date could not be read. */
  record View(boolean available, String asOf, String q, String problem, List<Line> lines) {}
}
