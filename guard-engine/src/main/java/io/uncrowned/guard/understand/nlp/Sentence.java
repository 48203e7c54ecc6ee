package io.uncrowned.guard.understand.nlp;

import io.uncrowned.guard.article.Span;
import java.util.List;

/** A sentence: its character span and its tokens, in order. */
public record Sentence(Span span, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
