package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
  private final MiniLmEmbedder embedder = TestEmbedder.get();

  @Test
  void vectorsHaveUnitLengthAndTheModelsDimensions() {
    List<float[]> v = embedder.embed(List.of("The council approved the budget.", "Rain is expected tomorrow."));
    assertEquals(2, v.size());
    for (float[] x : v) {
      assertEquals(384, x.length);
      assertEquals(1.0, Vectors.dot(x, x), 1e-4);
    }
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    List<float[]> v =
        embedder.embed(
            List.of(
                "The city council approved a new budget for public schools.",
                "Local councillors voted to pass the schools budget.",
                "The striker scored twice in the second half of the match."));
    double paraphrase = Vectors.dot(v.get(0), v.get(1));
    double unrelated = Vectors.dot(v.get(0), v.get(2));
    assertTrue(paraphrase > unrelated + 0.3, paraphrase + " vs " + unrelated);
  }

  /**
   * The quantised model scales activations per batch, so a batch-mate moves a vector a little; the attention
   * mask must keep it small (0.991 measured for this pair).
   */
  @Test
  void paddingInABatchBarelyMovesASentencesVector() {
    String shortOne = "Ports reopened.";
    float[] alone = embedder.embed(List.of(shortOne)).get(0);
    float[] batched =
        embedder.embed(List.of("A much longer sentence about harbour traffic, cranes and the night shift.", shortOne))
            .get(1);
    double cosine = Vectors.dot(alone, batched);
    assertTrue(cosine > 0.98, "cosine " + cosine);
  }

  @Test
  void givesTheSameVectorsUnderConcurrentUse() throws Exception {
    List<String> sentences = List.of("Ministers met in Lisbon.", "The vote was delayed.", "Prices rose again.");
    List<float[]> expected = embedder.embed(sentences);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "embedder-test"));
    try {
      List<Future<List<float[]>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> embedder.embed(sentences)));
      }
      for (Future<List<float[]>> run : runs) {
        List<float[]> got = run.get();
        for (int i = 0; i < sentences.size(); i++) {
          assertArrayEquals(expected.get(i), got.get(i), 1e-5f);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void vectorsComeBackInInputOrderWhateverTheLengths() {
    String longOne = "The harbour authority extended the night shift for crane operators until the end of March.";
    String shortOne = "Ports reopened.";
    List<float[]> forward = embedder.embed(List.of(longOne, shortOne));
    List<float[]> backward = embedder.embed(List.of(shortOne, longOne));
    assertArrayEquals(forward.get(0), backward.get(1), 1e-5f);
    assertArrayEquals(forward.get(1), backward.get(0), 1e-5f);
  }

  @Test
  void emptyInputGivesNoVectors() {
    assertTrue(embedder.embed(List.of()).isEmpty());
  }
}
