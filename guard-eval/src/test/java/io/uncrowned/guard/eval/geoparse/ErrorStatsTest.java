package io.uncrowned.guard.eval.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.understand.places.GreatCircle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorStatsTest {
  @Test
  void accuracyMeanMedianAndAuc() {
    ErrorStats s = ErrorStats.of(List.of(0.0, 100.0, 200.0, GreatCircle.MAX_KM));
    assertEquals(4, s.count());
    assertEquals(0.5, s.accuracy161(), 1e-12);
    assertEquals((300 + GreatCircle.MAX_KM) / 4, s.meanKm(), 1e-9);
    assertEquals(150, s.medianKm(), 1e-12);
    double l = Math.log(GreatCircle.MAX_KM);
    double expected = ((0 + Math.log1p(100)) / 2 + (Math.log1p(100) + Math.log1p(200)) / 2
        + (Math.log1p(200) + Math.log1p(GreatCircle.MAX_KM)) / 2) / 3 / l;
    assertEquals(expected, s.auc(), 1e-12);
  }

  @Test
  void perfectAndWorstAucAreZeroAndAboutOne() {
    assertEquals(0, ErrorStats.of(List.of(0.0, 0.0)).auc(), 1e-12);
    assertEquals(1, ErrorStats.of(List.of(GreatCircle.MAX_KM, GreatCircle.MAX_KM)).auc(), 1e-4);
    assertEquals(0, ErrorStats.of(List.of()).count());
  }

  @Test
  void haversineMatchesAKnownDistance() {
    // Paris to London is about 344 km.
    assertEquals(344, GreatCircle.km(48.8566, 2.3522, 51.5074, -0.1278), 2);
  }
}
