package io.uncrowned.guard.cli;

import io.uncrowned.guard.events.Event;
import io.uncrowned.guard.events.Party;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.store.ArticleJson;
import io.uncrowned.guard.stories.Story;
import io.uncrowned.guard.stories.StoryArticle;
import io.uncrowned.guard.stories.StoryBrief;
import io.uncrowned.guard.stories.StoryId;
import io.uncrowned.guard.stories.TimelineEntry;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.places.Place;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guard story ID}: one story with its brief, articles, entities, places and timeline. */
@Command(name = "story", description = "One story: brief with sources, articles, entities, places, timeline.")
final class StoryCommand implements Callable<Integer> {
  static final int SHOWN = 12;

  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A story id (as listed by guard stories).")
  String id;

  @Option(names = "--json", description = "The whole story as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<StoryId> storyId = StoryId.parse(id);
    if (storyId.isEmpty()) {
      spec.commandLine().getErr().println("error: " + id + ": not a story id (like s0123456789abcdef)");
      return 2;
    }
    Optional<Story> story;
    try (StoryAccess access = new StoryAccess(data.settings())) {
      story = access.reader.find(storyId.get());
    }
    if (story.isEmpty()) {
      spec.commandLine().getErr().println("error: " + id + ": no such story");
      return 1;
    }
    out.print(json ? new ArticleJson().write(story.get()) + "\n" : render(story.get()));
    out.flush();
    return 0;
  }

  static String render(Story s) {
    StringBuilder b = new StringBuilder();
    b.append(s.title()).append('\n');
    b.append(String.format(Locale.ROOT, "story %s, %s .. %s: %d article%s, %d report%s, %d independent source%s%n",
        s.id(), StoriesCommand.day(s.firstSeen()), StoriesCommand.day(s.lastSeen()), s.articles().size(),
        plural(s.articles().size()), s.reports(), plural(s.reports()), s.independentSources(),
        plural(s.independentSources())));
    b.append("\nBrief:\n");
    for (StoryBrief.Line l : s.brief().sentences()) {
      b.append("  ").append(l.text()).append("\n    [")
          .append(l.sources().stream().map(Object::toString).collect(Collectors.joining(", "))).append("]\n");
    }
    b.append("\nArticles:\n");
    for (StoryArticle a : s.articles()) {
      b.append(String.format(Locale.ROOT, "  %s  %s  %s  (%s)%s%s%n", StoriesCommand.day(a.seen()), a.source(),
          a.title(), a.id(), a.reprints() > 0 ? " +" + a.reprints() + " reprint" + plural(a.reprints()) : "",
          a.independent() ? "" : " [repeats an earlier source]"));
    }
    b.append("\nEntities: ").append(s.entities().stream().limit(SHOWN)
        .map(c -> name(c.value()) + " (" + c.articles() + ")").collect(Collectors.joining(", "))).append('\n');
    b.append("Places: ").append(s.places().stream().limit(SHOWN)
        .map(c -> name(c.value()) + " (" + c.articles() + ")").collect(Collectors.joining(", "))).append('\n');
    b.append("\nTimeline:\n");
    for (TimelineEntry e : s.timeline()) {
      b.append("  ").append(e.date()).append("  ").append(line(e))
          .append(e.alsoIn().isEmpty() ? "" : "  (+" + e.alsoIn().size() + " more)").append('\n')
          .append("      \"").append(e.evidence().replaceAll("\\s+", " ")).append("\" (").append(e.article())
          .append(")\n");
    }
    return b.toString();
  }

  private static String line(TimelineEntry e) {
    if (e instanceof TimelineEntry.Decision d) {
      PolicyEvent p = d.policy();
      return p.kind().label() + ": " + Stream.concat(p.actors().stream().map(StoryCommand::party),
              Stream.of("->", party(p.subject()), p.action() == null ? "" : p.action()))
          .filter(x -> !x.isBlank()).collect(Collectors.joining(" "));
    }
    Event v = ((TimelineEntry.Happening) e).event();
    return Stream.of(party(v.actor()), v.action(), party(v.target()), v.place() == null ? "" : "in " + v.place().text())
        .filter(x -> !x.isBlank()).collect(Collectors.joining(" "));
  }

  private static String party(Party p) {
    return p == null ? "" : p.name() != null ? p.name() : p.text();
  }

  private static String name(Entity e) {
    return e.name();
  }

  private static String name(Place p) {
    return p.countryCode().isEmpty() ? p.name() : p.name() + ", " + p.countryCode();
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }
}
