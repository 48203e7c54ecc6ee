package io.uncrowned.guard.cli;

import io.uncrowned.guard.brief.Brief;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.store.DuplicateRecord;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guard show ID}: one article, or where a duplicate's original is. */
@Command(name = "show", description = "Show one article by id (--json: the full record).")
final class ShowCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Article id, as printed by search.")
  String id;

  @Option(names = "--json", description = "Print the full article record as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ArticleId articleId;
    try {
      articleId = new ArticleId(id.strip().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + id + ": not an article id (16 hex digits)");
      return 2;
    }
    try (GuardEngine engine = Engines.openForReading(data)) {
      Optional<StoredArticle> stored = engine.article(articleId);
      if (stored.isPresent()) {
        Understanding understanding = engine.understanding(articleId).orElse(null);
        out.println(json ? new ArticleJson().write(record(stored.get(), understanding)) : render(stored.get().article(), understanding));
        out.flush();
        return 0;
      }
      Optional<DuplicateRecord> dup = engine.duplicate(articleId);
      if (dup.isPresent()) {
        out.println(
            json
                ? new ArticleJson().write(dup.get())
                : id + " is a " + dup.get().kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " duplicate of " + dup.get().original() + " (similarity "
                    + String.format("%.2f", dup.get().similarity()) + ")");
        out.flush();
        return 0;
      }
    }
    spec.commandLine().getErr().println("error: " + id + ": no such article in " + data.settings().dataDir());
    return 1;
  }

  /** The full record: the article, its place in the store, and its understanding (null if none yet). */
  private static Map<String, Object> record(StoredArticle stored, Understanding understanding) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article", stored.article());
    r.put("seq", stored.seq());
    r.put("ingestedAt", stored.ingestedAt());
    r.put("understanding", understanding);
    return r;
  }

  static String render(Article a, Understanding u) {
    StringBuilder s = new StringBuilder(render(a));
    if (u == null) {
      return s.toString();
    }
    s.append("\n\n");
    if (u.brief() != null) {
      s.append(renderBrief(u.brief()));
    }
    if (!u.analysed()) {
      return s.append(u.note()).append('\n').toString();
    }
    s.append("Entities:\n");
    for (Entity e : u.entities()) {
      s.append(String.format("  %-14s %s%s  [%s]  mentions:", e.kind().name().toLowerCase(Locale.ROOT), e.name(),
          e.countryCode() == null ? "" : " (" + e.countryCode() + ")", e.id()));
      u.entityMentions().stream().filter(m -> m.entity().equals(e.id()))
          .forEach(m -> s.append(' ').append(m.span().start()).append('-').append(m.span().end()));
      s.append('\n');
    }
    s.append("Places:\n");
    for (PlaceMention m : u.places()) {
      Place p = m.place();
      s.append(String.format(Locale.ROOT, "  %-24s -> %s, %s [GeoNames %d, %s] %.4f, %.4f  span %d-%d  conf %.2f%n",
          m.text(), p.name(), p.countryCode(), p.geonameId(), p.featureCode(), p.latitude(), p.longitude(),
          m.span().start(), m.span().end(), m.confidence()));
    }
    if (!u.focus().countries().isEmpty()) {
      s.append("Focus: ").append(String.join(", ", u.focus().countries()));
      u.focus().places().forEach(p -> s.append(", ").append(p.name()));
      s.append('\n');
    }
    for (PolicyEvent p : u.events().policyEvents()) {
      s.append("Policy event: ").append(p.kind().label()).append(" by ")
          .append(p.actors().stream().map(x -> x.name()).collect(java.util.stream.Collectors.joining(", ")))
          .append(p.subject() == null ? "" : " for " + p.subject().name())
          .append(p.action() == null ? "" : ": " + p.action()).append('\n');
      detail(s, "area", p.area().stream().map(x -> x.text()).collect(java.util.stream.Collectors.joining("; ")));
      detail(s, "targets", p.targets());
      detail(s, "purpose", p.purpose());
      detail(s, "limits", String.join(", ", p.limits()));
      detail(s, "reversal", p.reversal().reversed() ? p.reversal().cue() : null);
      detail(s, "evidence", p.evidence().stream().map(e -> e.start() + "-" + e.end())
          .collect(java.util.stream.Collectors.joining(" ")));
    }
    s.append("Place data: GeoNames (CC BY 4.0)\n");
    return s.toString();
  }

  /** Our TL;DR and key points, each sentence with the span it comes from. */
  static String renderBrief(Brief b) {
    StringBuilder s = new StringBuilder("TL;DR (ours):\n");
    b.tldr().forEach(x -> s.append("  ").append(x.text()).append("  [").append(x.span().start()).append('-')
        .append(x.span().end()).append("]\n"));
    s.append("Key points:\n");
    b.keyPoints().forEach(x -> s.append("  - ").append(x.text()).append("  [").append(x.span().start()).append('-')
        .append(x.span().end()).append("]\n"));
    return s.append('\n').toString();
  }

  private static void detail(StringBuilder s, String label, String value) {
    if (value != null && !value.isBlank()) {
      s.append("  ").append(label).append(": ").append(value).append('\n');
    }
  }

  static String render(Article a) {
    StringBuilder s = new StringBuilder();
    s.append(a.title()).append('\n').append("=".repeat(Math.min(80, Math.max(3, a.title().length())))).append('\n');
    s.append("id:        ").append(a.id()).append('\n');
    s.append("source:    ").append(a.source()).append('\n');
    line(s, "url", a.url());
    line(s, "canonical", a.canonicalUrl());
    line(s, "byline", a.byline());
    line(s, "published", a.published());
    s.append("language:  ").append(a.language()).append('\n');
    line(s, "image", a.imageCredit() == null ? null : "credit " + a.imageCredit());
    if (a.authorTldr() != null) {
      s.append("\nTL;DR (author's): ").append(a.authorTldrText()).append('\n');
    }
    if (!a.sections().isEmpty()) {
      s.append("\nSections:\n");
      for (Section sec : a.sections()) {
        s.append("  - ").append(sec.heading()).append(" [").append(sec.headingSpan().start()).append(", ")
            .append(sec.headingSpan().end()).append(")\n");
      }
    }
    s.append('\n').append(a.text());
    return s.toString();
  }

  private static void line(StringBuilder s, String label, Object value) {
    if (value != null) {
      s.append(String.format("%-10s ", label + ":")).append(value).append('\n');
    }
  }
}
