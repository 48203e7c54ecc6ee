package io.uncrowned.guard.serve.web;

import io.javalin.http.Context;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityKind;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /articles/{id}}: one article laid out like a brief (title, TL;DR, sections, image credit) with
 * its entities and places highlighted in the text, its generated brief and its policy events as cards.
 */
final class ArticlePage {
  private final GuardEngine engine;
  private final Pages pages;
  private final WebUi.Views views;

  ArticlePage(GuardEngine engine, Pages pages, WebUi.Views views) {
    this.engine = engine;
    this.pages = pages;
    this.views = views;
  }

  void handle(Context ctx) {
    Optional<ArticleId> id = WebUi.articleId(ctx.pathParam("id"));
    Optional<StoredArticle> stored = id.flatMap(engine::article);
    if (stored.isEmpty()) {
      Optional<ArticleId> original = id.flatMap(engine::duplicate).map(d -> d.original());
      if (original.isPresent()) {
        ctx.redirect("/articles/" + original.get().value());
        return;
      }
      pages.error(ctx, 404, "No such article", "There is no article with this id in the archive.");
      return;
    }
    Article a = stored.get().article();
    pages.write(ctx, "article.jte", view(a, engine.understanding(a.id()).orElse(null),
        views.briefs().brief(a.id()).orElse(null), views.policyEvents(), views.storyOf().storyOf(a.id())));
  }

  static View view(Article a, Understanding u, ArticleBriefs.Brief brief, ArticlePolicyEvents policies,
      Optional<String> story) {
    Mentions mentions = Mentions.of(u);
    AnnotatedText annotated = new AnnotatedText(a.text(), mentions.marks());
    Span tldr = a.authorTldr();
    List<Block> blocks = new ArrayList<>();
    for (Span p : paragraphs(a.text())) {
      if (tldr != null && overlaps(p, tldr)) {
        continue; // shown in its own box above the text
      }
      blocks.add(new Block(heading(a, p) ? "h2" : "p", annotated.html(p)));
    }
    List<CardView> cards = new ArrayList<>();
    for (ArticlePolicyEvents.Card c : policies.events(a.id())) {
      cards.add(new CardView(c, c.evidence().fits(a.text()) ? c.evidence().of(a.text()) : ""));
    }
    return new View(a.title().isBlank() ? "(untitled)" : a.title(), a.source(), a.byline(), Pages.day(a.published()),
        Pages.isoDay(a.published()), a.language().code(), original(a), tldr == null ? null : annotated.html(tldr),
        brief, blocks, a.imageCredit(), note(u), mentions.entities(), mentions.places(), mentions.unplaced(),
        policies.available(),
        cards, story.map(s -> "/stories/" + SearchForm.encode(s)).orElse(null),
        "/map?article=" + a.id().value(), a.id().value());
  }

  /** Spans of the text's paragraphs (separated by blank lines), without surrounding white space. */
  static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int gap = text.indexOf("\n\n", start);
      int end = gap < 0 ? text.length() : gap;
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(s, e));
      }
      start = gap < 0 ? text.length() : gap + 2;
    }
    return out;
  }

  private static boolean heading(Article a, Span paragraph) {
    for (Section s : a.sections()) {
      if (paragraph.contains(s.headingSpan())
          && a.text().substring(paragraph.start(), paragraph.end()).strip().equals(s.headingSpan().of(a.text()).strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The article's own address, when it is a web address (a {@code javascript:} URL is no link). */
  private static String original(Article a) {
    URI url = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
    if (url == null || url.getScheme() == null) {
      return null;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? url.toString() : null;
  }

  private static String note(Understanding u) {
    if (u == null) {
      return "Entities and places were not analysed for this article.";
    }
    return u.analysed() ? null : "Entities and places: " + u.note() + ".";
  }

  /** The article page's model; nullable: byline, url, tldrHtml, brief, imageCredit, note, storyHref. */
  record View(String title, String source, String byline, String published, String publishedIso, String language,
      String url, String tldrHtml, ArticleBriefs.Brief brief, List<Block> blocks, String imageCredit, String note,
      List<Mentions.EntityChip> entities, List<Mentions.PlaceChip> places, List<Mentions.EntityChip> unplaced,
      boolean policyAvailable,
      List<CardView> policyCards, String storyHref, String mapHref, String id) {}

  /** A heading ({@code h2}) or paragraph ({@code p}) of the text; {@code html} built by {@link AnnotatedText}. */
  record Block(String tag, String html) {
    boolean heading() {
      return tag.equals("h2");
    }
  }

  /** A policy event card with the sentence it was read from. */
  record CardView(ArticlePolicyEvents.Card card, String evidenceText) {}

  /**
   * An article's mentions as highlights, and its entities and places as lists linking to searches: {@code
   * entities} are the actors (every kind but locations), {@code places} the resolved places, and {@code
   * unplaced} the locations the text names that the gazetteer did not resolve.
   */
  record Mentions(List<Mark> marks, List<EntityChip> entities, List<PlaceChip> places, List<EntityChip> unplaced) {
    static Mentions of(Understanding u) {
      if (u == null || !u.analysed()) {
        return new Mentions(List.of(), List.of(), List.of(), List.of());
      }
      List<Mark> marks = new ArrayList<>();
      Map<Long, PlaceChip> places = new LinkedHashMap<>();
      for (PlaceMention m : u.places()) {
        String name = m.place().name();
        String href = "/?place=" + SearchForm.encode(name);
        String where = m.place().countryCode().isEmpty() ? name : name + ", " + m.place().countryCode();
        marks.add(new Mark(m.span(), "mention place", where, href));
        places.merge(m.place().geonameId(), new PlaceChip(name, m.place().countryCode(), href, 1),
            (x, y) -> new PlaceChip(x.name(), x.country(), x.href(), x.mentions() + 1));
      }
      Map<String, Entity> byId = new LinkedHashMap<>();
      u.entities().forEach(e -> byId.put(e.id().value(), e));
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (EntityMention m : u.entityMentions()) {
        Entity e = byId.get(m.entity().value());
        if (e != null) {
          String kind = e.kind().name().toLowerCase(Locale.ROOT);
          marks.add(new Mark(m.span(), "mention entity kind-" + kind, e.name() + " (" + kind + ")", href(e)));
          counts.merge(e.id().value(), 1, Integer::sum);
        }
      }
      java.util.Set<String> placed = new java.util.HashSet<>();
      u.places().forEach(m -> {
        placed.add(m.text().toLowerCase(Locale.ROOT));
        placed.add(m.place().name().toLowerCase(Locale.ROOT));
      });
      List<EntityChip> entities = new ArrayList<>();
      List<EntityChip> unplaced = new ArrayList<>();
      for (Entity e : u.entities()) {
        EntityChip chip = new EntityChip(e.name(), e.kind().name().toLowerCase(Locale.ROOT), href(e),
            counts.getOrDefault(e.id().value(), 0));
        if (e.kind() != EntityKind.LOCATION) {
          entities.add(chip);
        } else if (!placed.contains(e.name().toLowerCase(Locale.ROOT))
            && e.aliases().stream().noneMatch(a -> placed.contains(a.toLowerCase(Locale.ROOT)))) {
          unplaced.add(chip);
        }
      }
      return new Mentions(marks, entities, List.copyOf(places.values()), unplaced);
    }

    /** Actors link to the entity filter, places and nationalities to their country, else to a word search. */
    private static String href(Entity e) {
      return switch (e.kind()) {
        case PERSON, ORGANIZATION, GROUP -> "/?entity=" + SearchForm.encode(e.name());
        case LOCATION, NATIONALITY -> e.countryCode() != null
            ? "/?country=" + e.countryCode()
            : "/?q=" + SearchForm.encode("\"" + e.name() + "\"");
      };
    }

    /** An entity of the article with how often its text names it. */
    record EntityChip(String name, String kind, String href, int mentions) {}

    /** A resolved place of the article with how often its text names it. */
    record PlaceChip(String name, String country, String href, int mentions) {}
  }
}
