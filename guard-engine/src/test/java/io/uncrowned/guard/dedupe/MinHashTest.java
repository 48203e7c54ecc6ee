package io.uncrowned.guard.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.ArticleId;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private final MinHasher hasher = new MinHasher(128, 5, 1L);

  /** Synthetic text: numbered words, so shingle overlap between variants is known exactly. */
  private static String words(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < to; i++) {
      s.append("w").append(i).append(' ');
    }
    return s.toString();
  }

  @Test
  void identicalTextsHaveIdenticalSignaturesAndCaseAndPunctuationDoNotMatter() {
    assertEquals(1.0, hasher.signature("The Council voted, at last.").similarity(hasher.signature("the council VOTED at last")));
  }

  @Test
  void similarityEstimatesTheJaccardOfShingleSets() {
    // 200 words vs the same 200 minus the last 40: 156 of 196 shingles shared, Jaccard 0.796.
    double estimate = hasher.signature(words(0, 200)).similarity(hasher.signature(words(0, 160)));
    assertEquals(156.0 / 196.0, estimate, 0.1);
    double unrelated = hasher.signature(words(0, 200)).similarity(hasher.signature(words(1000, 1200)));
    assertTrue(unrelated < 0.05, "unrelated texts: " + unrelated);
  }

  @Test
  void signaturesSurviveStorage() {
    MinHashSignature s = hasher.signature(words(0, 50));
    assertEquals(s, MinHashSignature.fromBytes(s.toBytes()));
  }

  @Test
  void sameSeedSameSignatureAcrossInstances() {
    assertEquals(new MinHasher(128, 5, 9L).signature("a b c d e f"), new MinHasher(128, 5, 9L).signature("a b c d e f"));
  }

  @Test
  void indexFindsTheMostSimilarAboveTheThresholdOnly() {
    NearDuplicateIndex index = new NearDuplicateIndex(32, 4, 0.6);
    ArticleId close = new ArticleId("00000000000000a1");
    ArticleId far = new ArticleId("00000000000000b2");
    index.add(close, hasher.signature(words(0, 200)));
    index.add(far, hasher.signature(words(500, 700)));
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) { // noise, so buckets hold more than the two candidates
      index.add(new ArticleId(String.format("%016x", 0x1000 + i)), hasher.signature(words(2000 + random.nextInt(100000), 2300 + random.nextInt(100000))));
    }
    var match = index.findNearest(hasher.signature(words(0, 180))).orElseThrow();
    assertEquals(close, match.original());
    assertTrue(index.findNearest(hasher.signature(words(300, 400))).isEmpty());
  }
}
