package io.uncrowned.guard.cli;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.brief.Brief;
import io.uncrowned.guard.brief.BriefSentence;
import io.uncrowned.guard.brief.BriefSettings;
import io.uncrowned.guard.brief.ExtractiveSummarizer;
import io.uncrowned.guard.brief.MiniLmEmbedder;
import io.uncrowned.guard.brief.Summarizer;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.EntityMention;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guard brief ID|FILE}: the TL;DR, key points and author's TL;DR of a stored article (with its stored
 * entities) or of every article extracted from a file, folder or URL (no store needed).
 */
@Command(name = "brief", description = "TL;DR and key points of a stored article (ID) or of the article(s) in a FILE.")
final class BriefCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{16}");
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID|FILE", description = "An article id as printed by search, or a file, folder or URL.")
  String input;

  @Option(names = "--json", description = "One JSON object per article: id, title, url and brief.")
  boolean json;

  @Option(names = "--words", paramLabel = "N", description = "TL;DR word budget (default ${DEFAULT-VALUE}).")
  int words = BriefSettings.DEFAULT.wordBudget();

  @Override
  public Integer call() {
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(1)) {
      Summarizer summarizer = new ExtractiveSummarizer(embedder, BriefSettings.DEFAULT.withWordBudget(words));
      return ID.matcher(input.strip()).matches() ? stored(summarizer) : extracted(summarizer);
    }
  }

  private int stored(Summarizer summarizer) {
    ArticleId id = new ArticleId(input.strip().toLowerCase(Locale.ROOT));
    try (GuardEngine engine = Engines.openForReading(data)) {
      Optional<StoredArticle> stored = engine.article(id);
      if (stored.isEmpty()) {
        spec.commandLine().getErr().println("error: " + input + ": no such article in " + data.settings().dataDir());
        return 1;
      }
      List<EntityMention> mentions = engine.understanding(id).map(Understanding::entityMentions).orElse(List.of());
      Article article = stored.get().article();
      print(article, summarizer.summarize(article, null, mentions));
      return 0;
    }
  }

  private int extracted(Summarizer summarizer) {
    PrintWriter err = spec.commandLine().getErr();
    int failed = Engines.extractEach(Engines.settings(data, false).collect(), input,
        article -> print(article, summarizer.summarize(article, null, List.of())), err);
    err.flush();
    return failed == 0 ? 0 : 1;
  }

  private void print(Article article, Brief brief) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", article.id().value());
      r.put("title", article.title());
      r.put("url", article.url());
      r.put("brief", brief);
      out.println(new ArticleJson().write(r));
    } else {
      out.println(render(article, brief));
    }
    out.flush();
  }

  /** The brief as text: title, our TL;DR, key points with their character spans, the author's TL;DR. */
  static String render(Article article, Brief brief) {
    StringBuilder b = new StringBuilder();
    b.append(article.id().value()).append("  ").append(article.title()).append('\n');
    b.append("TL;DR (").append(brief.tldrWords()).append(" words): ").append(brief.tldrText()).append('\n');
    if (!brief.keyPoints().isEmpty()) {
      b.append("Key points:\n");
      for (BriefSentence s : brief.keyPoints()) {
        b.append("  - ").append(s.text()).append("  [").append(s.span().start()).append('-').append(s.span().end())
            .append("]\n");
      }
    }
    if (brief.authorTldrText() != null) {
      b.append("Author's TL;DR: ").append(brief.authorTldrText()).append('\n');
    }
    return b.toString();
  }
}
