package io.uncrowned.guard.serve.web;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.serve.PolicyCatalog;
import io.uncrowned.guard.serve.StoryCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stand-ins for the later stages (stories, briefs, policy events, policy history), so that the pages that
 * render them can be tested before those stages exist. Synthetic: one story made of the sample corpus's
 * Porto congestion-charge articles, one brief and one policy event for the earliest of them, and one policy
 * line with a reversal. Nothing here is shipped.
 */
final class SyntheticStages {
  static final String STORY = "porto-congestion-charge";
  static final String STORY_TITLE = "Porto congestion charge (synthetic test story)";
  static final String BRIEF_LINE = "Synthetic brief line: Porto charges cars entering the historic centre.";
  static final String LIMIT = "small vans enter free only between 07:00 and 10:00 (synthetic)";

  private final GuardEngine engine;
  private final List<ArticleId> members;

  SyntheticStages(GuardEngine engine) {
    this.engine = engine;
    List<SearchHit> hits = engine.search(new SearchRequest("Porto congestion charge", Set.of(), Set.of(), null, null,
        0, 20)).hits();
    List<SearchHit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparing(SearchHit::published, Comparator.nullsLast(Comparator.naturalOrder())));
    this.members = sorted.stream().map(SearchHit::id).toList();
    if (members.size() < 2) {
      throw new IllegalStateException("the sample corpus should hold several Porto articles: " + hits);
    }
  }

  /** The article the brief and the policy card are attached to: the story's first. */
  ArticleId first() {
    return members.get(0);
  }

  List<ArticleId> members() {
    return members;
  }

  WebUi.Builder connect(WebUi.Builder web) {
    return web.stories(stories()).storyOf(id -> members.contains(id) ? Optional.of(STORY) : Optional.empty())
        .briefs(id -> id.equals(first())
            ? Optional.of(new ArticleBriefs.Brief(List.of(BRIEF_LINE), List.of("Synthetic key point.")))
            : Optional.empty())
        .policyEvents(id -> id.equals(first()) ? List.of(card()) : List.of())
        .policies(policies());
  }

  private ArticlePolicyEvents.Card card() {
    Article a = engine.article(first()).orElseThrow().article();
    int end = a.text().indexOf('.');
    return new ArticlePolicyEvents.Card("restrict", "Porto city council (synthetic)", "private cars", "charges",
        List.of("congestion charge"), "historic centre", List.of(), "fund public transport", List.of(LIMIT), null,
        new Span(0, end < 0 ? a.text().length() : end + 1));
  }

  private StoryCatalog stories() {
    Instant firstSeen = published(members.get(0));
    Instant lastSeen = members.stream().map(this::published).filter(t -> t != null).reduce((a, b) -> b).orElse(null);
    StoryCatalog.Summary summary = new StoryCatalog.Summary(STORY, STORY_TITLE, firstSeen, lastSeen, members.size(),
        members.size());
    List<StoryCatalog.TimelineEntry> timeline = new ArrayList<>();
    for (ArticleId id : members) {
      timeline.add(new StoryCatalog.TimelineEntry(published(id), "event",
          engine.article(id).orElseThrow().article().title(), id));
    }
    StoryCatalog.Detail detail = new StoryCatalog.Detail(summary, members, List.of("Porto"), List.of(),
        timeline, List.of(new StoryCatalog.BriefSentence(BRIEF_LINE, members.get(0))));
    return new StoryCatalog() {
      @Override
      public List<Summary> stories(Instant since, int limit) {
        return List.of(summary);
      }

      @Override
      public Optional<Detail> story(String id) {
        return STORY.equals(id) ? Optional.of(detail) : Optional.empty();
      }
    };
  }

  private PolicyCatalog policies() {
    ArticleId evidence = first();
    PolicyCatalog.Step restrict = new PolicyCatalog.Step(Instant.parse("2024-09-20T00:00:00Z"), "restrict",
        "free entry for delivery vans limited to mornings", LIMIT, false, evidence);
    PolicyCatalog.Step lift = new PolicyCatalog.Step(Instant.parse("2025-03-10T00:00:00Z"), "lift",
        "delivery window widened again", null, true, evidence);
    return (asOf, query, limit) -> {
      List<PolicyCatalog.Step> steps = new ArrayList<>();
      for (PolicyCatalog.Step s : List.of(restrict, lift)) {
        if (!s.at().isAfter(asOf)) {
          steps.add(s);
        }
      }
      String state = steps.isEmpty() ? null : steps.get(steps.size() - 1).reversal() ? "lifted" : "restricted";
      return List.of(new PolicyCatalog.Line("porto-vans", "Porto city council (synthetic)", "delivery vans",
          "delivery window", state, steps));
    };
  }

  private Instant published(ArticleId id) {
    return engine.article(id).orElseThrow().article().published();
  }
}
