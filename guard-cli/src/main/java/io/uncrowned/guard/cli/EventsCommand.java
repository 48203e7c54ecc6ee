package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.events.ArticleEvents;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.store.StoredArticle;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guard events ID|FILE…}: the events and policy events of stored articles (by id) or of the articles in
 * files, folders or URLs (extracted on the fly, no store needed).
 */
@Command(name = "events", description = "Events and policy events of stored articles or of the articles in files.")
final class EventsCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{16}");

  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin DataOptions data;

  @Parameters(paramLabel = "ID|FILE", arity = "1..*", description = "Article ids, files, folders or http(s) URLs.")
  List<String> inputs;

  @Option(names = "--json", description = "One JSON line per article: its id, url and events.")
  boolean json;

  @Option(names = "--allow-private", description = "Allow fetching from private and loopback addresses.")
  boolean allowPrivate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] failed = {0};
    try (EventsEngine events = EventsEngine.open(data.settings().dataDir(), data.settings().maxChunkChars())) {
      if (!events.resolvesPlaces()) {
        err.println("note: no gazetteer in the data folder, areas are not resolved to places");
      }
      for (String input : inputs) {
        if (ID.matcher(input).matches() && !java.nio.file.Files.exists(java.nio.file.Path.of(input))) {
          fromStore(input, events, out, err, failed);
          continue;
        }
        failed[0] += Engines.extractEach(Engines.settings(data, allowPrivate).collect(), input,
            article -> print(article, events, out), err);
      }
    } catch (IllegalStateException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    }
    out.flush();
    err.flush();
    return failed[0] == 0 ? 0 : 1;
  }

  private void fromStore(String id, EventsEngine events, PrintWriter out, PrintWriter err, int[] failed) {
    try (GuardEngine engine = Engines.openForReading(data)) {
      Optional<StoredArticle> stored = engine.article(new ArticleId(id.toLowerCase(Locale.ROOT)));
      if (stored.isEmpty()) {
        failed[0]++;
        err.println("error: " + id + ": no such article");
        return;
      }
      print(stored.get().article(), events, out);
    }
  }

  private void print(Article article, EventsEngine engine, PrintWriter out) {
    if (!article.language().code().equals("en")) {
      out.println(json ? new ArticleJson().write(line(article, io.uncrowned.guard.events.ArticleEvents.NONE))
          : article.id().value() + "  not analysed: language " + article.language().code());
      return;
    }
    ArticleEvents found = engine.run(article).events();
    out.println(json ? new ArticleJson().write(line(article, found)) : render(article, found));
    out.flush();
  }

  private static Map<String, Object> line(Article article, ArticleEvents found) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", article.id().value());
    m.put("url", article.url() == null ? null : article.url().toString());
    m.put("title", article.title());
    m.put("policyEvents", found.policyEvents());
    m.put("events", found.events());
    return m;
  }

  static String render(Article article, ArticleEvents found) {
    StringBuilder b = new StringBuilder();
    b.append(article.id().value()).append("  ").append(article.title()).append('\n');
    for (PolicyEvent p : found.policyEvents()) {
      b.append("  ").append(p.kind().label().toUpperCase(Locale.ROOT)).append("  ")
          .append(p.actors().stream().map(a -> a.name()).toList()).append(" → ")
          .append(p.subject() == null ? "?" : p.subject().name()).append(": ")
          .append(p.action() == null ? "?" : p.action()).append('\n');
      if (!p.area().isEmpty()) {
        b.append("      area: ").append(p.area().stream().map(a -> a.text()).toList()).append('\n');
      }
      if (p.purpose() != null) {
        b.append("      purpose: ").append(p.purpose()).append('\n');
      }
      if (!p.limits().isEmpty()) {
        b.append("      limits: ").append(p.limits()).append('\n');
      }
      if (p.reversal().reversed()) {
        b.append("      reversal: ").append(p.reversal().cue()).append('\n');
      }
      if (p.attributedTo() != null) {
        b.append("      according to: ").append(p.attributedTo()).append('\n');
      }
      b.append("      evidence: ").append(p.evidence().size()).append(" sentence(s)\n");
    }
    b.append("  ").append(found.events().size()).append(" events, ").append(found.policyEvents().size())
        .append(" policy events");
    return b.toString();
  }
}
