package io.uncrowned.guard.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of an HTML page. Thread-safe: it holds no state between pages.
 *
 * <p>Placeholder until the scoring extractor lands: takes headings and paragraphs of the whole body.
 */
public final class MainTextExtractor {

  public MainText extract(Document page) {
    List<TextBlock> blocks = new ArrayList<>();
    for (Element e : page.body().select("h1, h2, h3, p")) {
      String t = e.text().strip();
      if (!t.isEmpty()) {
        blocks.add(new TextBlock(e.nameIs("p") ? TextBlock.Kind.PARAGRAPH : TextBlock.Kind.HEADING, t));
      }
    }
    return new MainText(blocks);
  }
}
