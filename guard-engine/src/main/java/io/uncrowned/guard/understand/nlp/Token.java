package io.uncrowned.guard.understand.nlp;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * One token with its character span in the analysed text.
 *
 * @param pos Penn Treebank part-of-speech tag ("NNP", "VBD"…)
 * @param ner the engine's raw NER label ("PERSON", "LOCATION", "O"…)
 */
public record Token(Span span, String word, String lemma, String pos, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }
}
