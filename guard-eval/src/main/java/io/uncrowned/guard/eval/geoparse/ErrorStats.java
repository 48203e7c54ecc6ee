package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.understand.places.GreatCircle;
import java.util.Arrays;
import java.util.List;

/**
 * Distance-error figures of a resolution run, as in the geoparsing literature: a toponym left unresolved
 * counts as the largest possible error (20,039 km).
 *
 * @param count scored toponyms
 * @param accuracy161 share with an error of at most 161 km (100 miles)
 * @param meanKm mean error
 * @param medianKm median error
 * @param auc area under the curve of the sorted errors' log(1 + km) / log(20,039); 0 is perfect, 1 worst
 */
public record ErrorStats(int count, double accuracy161, double meanKm, double medianKm, double auc) {
  /** Kilometres within which a resolution counts as right. */
  public static final double ACCURACY_KM = 161;

  /** The figures for these errors in kilometres; all zero when there are none. */
  public static ErrorStats of(List<Double> errorsKm) {
    double[] e = errorsKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = e.length;
    if (n == 0) {
      return new ErrorStats(0, 0, 0, 0, 0);
    }
    double within = Arrays.stream(e).filter(x -> x <= ACCURACY_KM).count();
    double median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
    return new ErrorStats(n, within / n, Arrays.stream(e).average().orElse(0), median, auc(e));
  }

  /** Trapezoidal area under the sorted, normalised log errors, on an x axis scaled to [0, 1]. */
  private static double auc(double[] sorted) {
    double norm = Math.log(GreatCircle.MAX_KM);
    if (sorted.length == 1) {
      return Math.log1p(sorted[0]) / norm;
    }
    double area = 0;
    for (int i = 1; i < sorted.length; i++) {
      area += (Math.log1p(sorted[i - 1]) + Math.log1p(sorted[i])) / 2;
    }
    return area / (sorted.length - 1) / norm;
  }
}
