package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.store.DuplicateRecord;
import io.uncrowned.guard.store.StoredArticle;
import java.io.PrintWriter;
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
    try (GuardEngine engine = Engines.open(data, false)) {
      Optional<StoredArticle> stored = engine.article(articleId);
      if (stored.isPresent()) {
        out.println(json ? new ArticleJson().write(stored.get()) : render(stored.get().article()));
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
