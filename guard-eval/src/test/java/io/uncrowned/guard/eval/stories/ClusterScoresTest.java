package io.uncrowned.guard.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** B-cubed and pairwise scores on clusterings small enough to work out by hand. */
class ClusterScoresTest {
  private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

  @Test
  void theMeanOfSeveralRunsAveragesEachFigure() {
    ClusterScores perfect = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"), GOLD);
    ClusterScores lumped = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"), GOLD);
    ClusterScores mean = ClusterScores.mean(java.util.List.of(perfect, lumped));
    assertEquals((1.0 + lumped.b3Precision()) / 2, mean.b3Precision(), 1e-9);
    assertEquals(1.0, mean.b3Recall(), 1e-9);
    assertEquals((1.0 + 0.4) / 2, mean.pairPrecision(), 1e-9);
    assertEquals(2, mean.goldClusters());
  }

  @Test
  void aPerfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"), GOLD);
    assertEquals(1.0, s.b3F1(), 1e-9);
    assertEquals(1.0, s.pairF1(), 1e-9);
  }

  @Test
  void oneBigClusterHasFullRecallAndLowPrecision() {
    ClusterScores s = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"), GOLD);
    assertEquals(1.0, s.b3Recall(), 1e-9);
    assertEquals((3 * 3 / 5.0 + 2 * 2 / 5.0) / 5, s.b3Precision(), 1e-9);
    assertEquals(4 / 10.0, s.pairPrecision(), 1e-9); // 3 + 1 true pairs of 10
  }

  @Test
  void singletonsHaveFullPrecisionAndLowRecall() {
    ClusterScores s = ClusterScores.of(Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"), GOLD);
    assertEquals(1.0, s.b3Precision(), 1e-9);
    assertEquals((3 * (1 / 3.0) + 2 * (1 / 2.0)) / 5, s.b3Recall(), 1e-9);
    assertEquals(0.0, s.pairRecall(), 1e-9);
    assertEquals(5, s.clusters());
    assertEquals(2, s.goldClusters());
  }
}
