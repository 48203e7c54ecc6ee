package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Section;
import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic articles written for these tests: invented board, people and events in a real city. Paragraphs are
 * joined by blank lines as canonical text is; a paragraph starting with "## " becomes a section heading and
 * one starting with "TL;DR: " the author's TL;DR.
 */
final class SyntheticArticles {
  private SyntheticArticles() {}

  /** A water-rationing story with a byline, a heading, an image credit and a near-duplicate sentence. */
  static final List<String> RATIONING =
      List.of(
          "TL;DR: The synthetic water board will cut supply at night until the reservoirs recover.",
          "By Marta Quelhas",
          "The Douro Valley Water Board approved night-time rationing for the city of Porto on Tuesday, limiting"
              + " supply between midnight and five in the morning.",
          "The board said the reservoirs feeding the city had fallen to their lowest level in three decades after a"
              + " dry spring.",
          "## Who is affected",
          "Households, hospitals and schools will keep full pressure during the day, while industrial users must cut"
              + " consumption by a fifth.",
          "The Douro Valley Water Board approved night-time rationing for the city of Porto on Tuesday, limiting"
              + " supply between midnight and 5 in the morning.",
          "Image credit: Synthetic Photo Desk",
          "Board chair Inês Ramalho said the measure would be reviewed every two weeks and lifted as soon as rainfall"
              + " returned to normal.",
          "Opposition councillors called the plan overdue and asked for a public register of the largest water"
              + " users.",
          "Farmers in the surrounding districts are exempt until the end of the harvest, the board added.",
          "Residents can check the rationing schedule for their street on the board's website, which was updated on"
              + " Tuesday evening.",
          "A second pumping station north of the river will be switched off overnight to save energy and water.",
          "The board expects to publish weekly reservoir figures so that residents can follow the recovery.");

  static Article article(String title, List<String> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Span> headings = new ArrayList<>();
    Span tldr = null;
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      if (p.startsWith("## ")) {
        text.append(p.substring(3));
        headings.add(new Span(start, text.length()));
      } else if (p.startsWith("TL;DR: ")) {
        text.append(p);
        tldr = new Span(start + "TL;DR: ".length(), text.length());
      } else {
        text.append(p);
      }
    }
    String body = text.toString();
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Span h = headings.get(i);
      int end = i + 1 < headings.size() ? headings.get(i + 1).start() : body.length();
      sections.add(new Section(h.of(body), h, new Span(Math.min(end, h.end() + 2), end)));
    }
    String hash = ArticleId.sha256Hex(body);
    return new Article(ArticleId.fromContentHash(hash), null, null, "synthetic", title, null, null, Lang.of("en"),
        body, sections, tldr, null, hash, "synthetic");
  }
}
