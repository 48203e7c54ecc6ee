package io.uncrowned.guard.brief;

import java.util.List;

/**
 * Turns sentences into fixed-length vectors whose cosine similarity tracks closeness of meaning. Implementations
 * are loaded once by their owner, are thread-safe, and return L2-normalised vectors so a dot product is the
 * cosine.
 */
public interface SentenceEmbedder {

  /** One unit-length vector per sentence, in input order; an empty list for an empty input. */
  List<float[]> embed(List<String> sentences);

  /** Vector length. */
  int dimensions();
}
