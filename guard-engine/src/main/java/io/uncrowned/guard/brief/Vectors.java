package io.uncrowned.guard.brief;

/** Small dense-vector helpers for unit-length embeddings. */
final class Vectors {
  private Vectors() {}

  /** {@code v / divisor}, then scaled to unit length; a zero vector stays zero. */
  static float[] normalise(float[] v, int divisor) {
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      v[d] /= divisor;
      norm += v[d] * v[d];
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int d = 0; d < v.length; d++) {
        v[d] /= (float) norm;
      }
    }
    return v;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }

  /** Unit-length mean of the given vectors (the article's centroid). */
  static float[] centroid(java.util.List<float[]> vectors, int dimensions) {
    float[] c = new float[dimensions];
    for (float[] v : vectors) {
      for (int d = 0; d < dimensions; d++) {
        c[d] += v[d];
      }
    }
    return normalise(c, Math.max(1, vectors.size()));
  }
}
