package io.uncrowned.guard.cli;

import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.stories.StoryRow;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard stories}: the developing stories, latest first. */
@Command(name = "stories", description = "Developing stories, most recently seen first.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(names = "--since", paramLabel = "DATE", description = "Only stories seen on or after this day (YYYY-MM-DD).")
  LocalDate since;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many stories (default 50).")
  int limit;

  @Option(names = "--json", description = "One JSON object per story.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<StoryRow> rows;
    try (StoryAccess access = new StoryAccess(data.settings())) {
      if (access.caughtUp > 0 && !json) {
        spec.commandLine().getErr().println("assigned " + access.caughtUp + " stored articles to stories");
      }
      rows = access.reader.list(since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant(), limit);
    }
    ArticleJson codec = new ArticleJson();
    for (StoryRow r : rows) {
      out.println(json ? codec.write(r) : render(r));
    }
    if (rows.isEmpty() && !json) {
      out.println("no stories" + (since == null ? "" : " seen since " + since));
    }
    out.flush();
    return 0;
  }

  static String render(StoryRow r) {
    return String.format(Locale.ROOT, "%s  %s .. %s  %2d article%s, %2d report%s, %2d source%s  %s", r.id(),
        day(r.firstSeen()), day(r.lastSeen()), r.members(), r.members() == 1 ? " " : "s", r.reports(),
        r.reports() == 1 ? " " : "s", r.independentSources(), r.independentSources() == 1 ? " " : "s", r.title());
  }

  static LocalDate day(java.time.Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }
}
