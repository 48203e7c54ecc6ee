package io.uncrowned.guard.understand.nlp;

import java.util.List;

/** What the NLP engine found in one text: sentences with tokens, and named-entity mentions. */
public record AnnotatedText(List<Sentence> sentences, List<NerMention> mentions) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
