package io.uncrowned.guard.extract;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.collect.RawDocument;

/** Turns one collected document into an article. Implementations are thread-safe. */
public interface Extractor {
  /**
   * @throws ExtractionException when the document holds no article (empty, binary junk, no text)
   */
  Article extract(RawDocument document);
}
