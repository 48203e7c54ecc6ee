package io.uncrowned.guard.brief;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.understand.entities.EntityMention;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import java.util.List;

/** The brief stage: an article in, its {@link Brief} out. Implementations are thread-safe. */
public interface Summarizer {

  /**
   * Briefs one article.
   *
   * @param annotated the NLP engine's analysis of {@code article.text()}, or null when the article was not
   *     analysed (a fallback sentence splitter is used then)
   * @param mentions linked entity mentions in the article (spans into its canonical text); empty when unknown
   */
  Brief summarize(Article article, AnnotatedText annotated, List<EntityMention> mentions);
}
