package io.uncrowned.guard.events.parse;

import io.uncrowned.guard.understand.nlp.Sentence;

/**
 * Parses one already tokenised and tagged sentence into a dependency tree. Implementations are loaded once by
 * their owner and are thread-safe.
 */
public interface DependencyParser {
  /** The dependency tree of {@code sentence}; spans stay those of the sentence's tokens. */
  ParsedSentence parse(Sentence sentence);
}
