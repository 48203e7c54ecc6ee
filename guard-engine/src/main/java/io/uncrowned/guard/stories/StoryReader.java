package io.uncrowned.guard.stories;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.store.ArticleStore;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads stories for people and the API: the listing from the story rows, and one whole {@link Story} built from
 * its members' stored articles and understandings. Reads only; safe from any thread the stores allow.
 */
public final class StoryReader {
  private final ArticleStore articles;
  private final StoryStore stories;
  private final StoryBriefer briefer;

  public StoryReader(ArticleStore articles, StoryStore stories, StoryBriefer briefer) {
    this.articles = Objects.requireNonNull(articles, "articles");
    this.stories = Objects.requireNonNull(stories, "stories");
    this.briefer = Objects.requireNonNull(briefer, "briefer");
  }

  /** Stories last seen at or after {@code since} (all when null), latest first, at most {@code limit}. */
  public List<StoryRow> list(Instant since, int limit) {
    return stories.stories(since, limit);
  }

  /** The story of an article, if it has been assigned one. */
  public Optional<StoryId> storyOf(io.uncrowned.guard.article.ArticleId article) {
    return stories.findStoryOf(article);
  }

  /** The whole story; empty when no story has this id. */
  public Optional<Story> find(StoryId id) {
    Optional<StoryRow> row = stories.findStory(id);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Map<io.uncrowned.guard.article.ArticleId, Integer> reprints = stories.reprints(id);
    List<Member> members = new ArrayList<>();
    for (StoryMember m : stories.members(id)) {
      Optional<StoredArticle> a = articles.find(m.article());
      a.ifPresent(s -> members.add(new Member(m, s.article(), articles.findUnderstanding(m.article()).orElse(null))));
    }
    // readers follow a story by date; arrival order (the ordinal) only breaks ties
    members.sort(Comparator.comparing((Member m) -> m.member().signals().when())
        .thenComparingInt(m -> m.member().ordinal()));
    List<StoryArticle> list = members.stream().map(m -> new StoryArticle(m.article.id(), m.article.title(),
        m.article.source(), m.member.signals().when(), m.article.url(), m.member.independent(),
        reprints.getOrDefault(m.article.id(), 0))).toList();
    StoryBrief brief = briefer.brief(members.stream()
        .map(m -> new StoryBriefer.MemberBrief(m.article.id(), m.understanding == null ? null : m.understanding.brief()))
        .toList());
    StoryRow r = row.get();
    return Optional.of(new Story(id, r.title(), list, r.firstSeen(), r.lastSeen(), r.reports(),
        r.independentSources(), entities(members), places(members), Timeline.of(members), brief));
  }

  /** A member with what was stored for it; {@code understanding} null when none was. */
  record Member(StoryMember member, Article article, Understanding understanding) {}

  private static List<Story.Counted<Entity>> entities(List<Member> members) {
    return counted(members, u -> u.entities().stream().map(e -> Map.entry(e.id().value(), e)).toList(),
        Comparator.comparing(Entity::name));
  }

  private static List<Story.Counted<Place>> places(List<Member> members) {
    return counted(members,
        u -> u.places().stream().map(PlaceMention::place).map(p -> Map.entry(SignalReader.placeKey(p), p)).toList(),
        Comparator.comparing(Place::name));
  }

  /** Each keyed value once per member that names it, most widely named first. */
  private static <T> List<Story.Counted<T>> counted(List<Member> members,
      Function<Understanding, List<Map.Entry<String, T>>> read, Comparator<T> tie) {
    Map<String, T> values = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Member m : members) {
      if (m.understanding == null) {
        continue;
      }
      Map<String, T> mine = new LinkedHashMap<>();
      read.apply(m.understanding).forEach(e -> mine.putIfAbsent(e.getKey(), e.getValue()));
      mine.forEach((k, v) -> {
        values.putIfAbsent(k, v);
        counts.merge(k, 1, Integer::sum);
      });
    }
    return values.entrySet().stream()
        .map(e -> new Story.Counted<>(e.getValue(), counts.get(e.getKey())))
        .sorted(Comparator.comparingInt((Story.Counted<T> c) -> -c.articles())
            .thenComparing(Story.Counted::value, tie))
        .toList();
  }
}
