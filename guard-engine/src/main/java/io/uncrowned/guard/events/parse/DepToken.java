package io.uncrowned.guard.events.parse;

import io.uncrowned.guard.article.Span;
import java.util.Objects;

/**
 * One token of a parsed sentence.
 *
 * @param index 1-based position in the sentence (0 is the artificial root)
 * @param span character span (UTF-16 offsets) in the analysed text
 * @param pos Penn Treebank tag
 * @param ner the annotator's raw NER label ("LOCATION", "O"…)
 * @param head index of the governing token, 0 for the root of the sentence
 * @param relation Universal Dependencies relation to the head, lower case ("nsubj", "dobj", "nmod:poss"…)
 */
public record DepToken(int index, Span span, String word, String lemma, String pos, String ner, int head, String relation) {
  public DepToken {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(relation, "relation");
    if (index < 1 || head < 0) {
      throw new IllegalArgumentException("bad token index " + index + " or head " + head);
    }
  }

  /** The relation without its subtype: "nmod" for "nmod:poss". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN") || pos.startsWith("PRP");
  }
}
