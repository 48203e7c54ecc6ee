package io.uncrowned.guard.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.uncrowned.guard.extract.internal.BlockWriter;
import io.uncrowned.guard.extract.internal.CandidatePicker;
import io.uncrowned.guard.extract.internal.JsonLdHint;
import io.uncrowned.guard.extract.internal.TextStats;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of an HTML page: the container that holds the article is chosen by text density,
 * link density, paragraph count and what class and id names say, its sibling blocks of the same article
 * are kept, and boilerplate inside (share bars, related links, captions, forms) is left out.
 *
 * <p>Thread-safe: it holds no state between pages and does not change the document it reads.
 */
public final class MainTextExtractor {
  private final JsonLdHint jsonLd = new JsonLdHint(new ObjectMapper());

  /** The page's main text; no blocks when the page holds no readable text. */
  public MainText extract(Document page) {
    Element body = page.body();
    if (body == null) {
      return new MainText(List.of());
    }
    TextStats stats = TextStats.of(body);
    List<Element> roots = jsonLd.container(page, body, stats).map(List::of)
        .orElseGet(() -> new CandidatePicker(stats).pick(body));
    if (roots.isEmpty()) {
      roots = List.of(body);
    }
    return new MainText(new BlockWriter(stats).write(roots));
  }
}
