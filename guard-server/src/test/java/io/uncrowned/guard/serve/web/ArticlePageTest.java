package io.uncrowned.guard.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityId;
import io.uncrowned.guard.understand.entities.EntityKind;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.PlaceFocus;
import io.uncrowned.guard.understand.places.PlaceMention;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The article page's model from a synthetic article: layout, highlights and what is left out. */
class ArticlePageTest {
  private static final String TEXT = "Quick summary of the synthetic levy.\n\n"
      + "The invented Valdora Transit Board set a levy in Porto <today>.\n\n"
      + "Money\n\n"
      + "Board chair Quillan Brask said it funds trams.";

  private static Article article(URI url) {
    int tldrEnd = TEXT.indexOf("\n\n");
    int heading = TEXT.indexOf("Money");
    Section money = new Section("Money", new Span(heading, heading + 5), new Span(heading + 7, TEXT.length()));
    return new Article(new ArticleId("00112233445566ff"), url, null, "Synthetic Desk", "Levy set", null,
        Instant.parse("2025-01-02T10:00:00Z"), new Lang("en"), TEXT, List.of(money), new Span(0, tldrEnd),
        "Valdora Transit Board", "0".repeat(64), "synthetic");
  }

  private static Understanding understanding() {
    int porto = TEXT.indexOf("Porto");
    int board = TEXT.indexOf("Valdora Transit Board");
    Place place = new Place(2735943, "Porto", "Porto", "PT", "17", "P", "PPLA", 41.15, -8.61, 249633);
    Entity org = new Entity(EntityId.of(EntityKind.ORGANIZATION, "Valdora Transit Board"), "Valdora Transit Board",
        EntityKind.ORGANIZATION, List.of("Valdora Transit Board"), "PT");
    Entity loc = new Entity(EntityId.of(EntityKind.LOCATION, "Porto"), "Porto", EntityKind.LOCATION, List.of("Porto"), "PT");
    Entity unresolved = new Entity(EntityId.of(EntityKind.LOCATION, "Quarvel"), "Quarvel", EntityKind.LOCATION,
        List.of("Quarvel"), null);
    List<PlaceMention> places = List.of(new PlaceMention(new Span(porto, porto + 5), "Porto", place, 0.9));
    return new Understanding(Understanding.Status.ANALYSED, "", List.of(org, loc, unresolved),
        List.of(new EntityMention(new Span(board, board + 21), "Valdora Transit Board", org.id()),
            new EntityMention(new Span(porto, porto + 5), "Porto", loc.id())),
        places, PlaceFocus.of(places), null, null);
  }

  @Test
  void laysOutTldrHeadingsAndParagraphsWithMentionsHighlighted() {
    ArticlePage.View v = ArticlePage.view(article(URI.create("https://desk.synthetic.example/levy")), understanding(),
        null, ArticlePolicyEvents.NONE, Optional.empty());
    assertEquals("Quick summary of the synthetic levy.", v.tldrHtml());
    assertEquals(List.of("p", "h2", "p"), v.blocks().stream().map(ArticlePage.Block::tag).toList());
    String first = v.blocks().get(0).html();
    assertTrue(first.contains("<a class=\"mention entity kind-organization\" href=\"/?entity=Valdora+Transit+Board\""), first);
    assertTrue(first.contains("<a class=\"mention place\" href=\"/?place=Porto\" title=\"Porto, PT\">Porto</a>"),
        "the place wins over the location entity at the same span: " + first);
    assertTrue(first.endsWith("&lt;today&gt;."), first);
    assertEquals("Money", v.blocks().get(1).html());
    assertEquals("https://desk.synthetic.example/levy", v.url());
    assertEquals(1, v.places().size());
    assertEquals(List.of("Valdora Transit Board"), v.entities().stream().map(ArticlePage.Mentions.EntityChip::name).toList(),
        "Porto is a place, not an actor");
    assertEquals(1, v.entities().get(0).mentions());
    assertEquals(List.of("Quarvel"), v.unplaced().stream().map(ArticlePage.Mentions.EntityChip::name).toList(),
        "a location the gazetteer did not resolve is listed apart; Porto is resolved");
    assertEquals("/?q=%22Quarvel%22", v.unplaced().get(0).href());
    assertNull(v.note());
    assertFalse(v.policyAvailable());
  }

  @Test
  void aJavascriptUrlIsNoLinkAndAnUnanalysedArticleSaysWhy() {
    ArticlePage.View v = ArticlePage.view(article(URI.create("javascript:alert(1)")),
        Understanding.notAnalysed("not analysed: language de"), null, ArticlePolicyEvents.NONE, Optional.of("s-1"));
    assertNull(v.url());
    assertEquals("Entities and places: not analysed: language de.", v.note());
    assertTrue(v.entities().isEmpty() && v.places().isEmpty());
    assertEquals("/stories/s-1", v.storyHref());
    assertFalse(v.blocks().get(0).html().contains("<a"));
  }

  @Test
  void paragraphsAreTheTextBetweenBlankLinesWithoutTheirEdges() {
    assertEquals(List.of(new Span(2, 3), new Span(8, 11)), ArticlePage.paragraphs("\n a\n\n\n\n xyz \n"));
    assertEquals(List.of(), ArticlePage.paragraphs(""));
  }
}
