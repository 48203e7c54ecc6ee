package io.uncrowned.guard.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A MinHash signature: for each of {@link #size()} hash functions, the smallest hash over a text's
 * shingles. The share of equal positions between two signatures estimates the Jaccard similarity of the
 * two shingle sets.
 */
public final class MinHashSignature {
  private final long[] mins;

  MinHashSignature(long[] mins) {
    this.mins = mins.clone();
  }

  public int size() {
    return mins.length;
  }

  long at(int i) {
    return mins[i];
  }

  /** Estimated Jaccard similarity of the two shingle sets, in [0, 1]. */
  public double similarity(MinHashSignature other) {
    if (other.mins.length != mins.length) {
      throw new IllegalArgumentException("signatures of different sizes");
    }
    int equal = 0;
    for (int i = 0; i < mins.length; i++) {
      if (mins[i] == other.mins[i]) {
        equal++;
      }
    }
    return (double) equal / mins.length;
  }

  /** Big-endian bytes, for storage. */
  public byte[] toBytes() {
    ByteBuffer buf = ByteBuffer.allocate(mins.length * Long.BYTES);
    for (long m : mins) {
      buf.putLong(m);
    }
    return buf.array();
  }

  public static MinHashSignature fromBytes(byte[] bytes) {
    if (bytes.length % Long.BYTES != 0) {
      throw new IllegalArgumentException("signature bytes not a multiple of 8: " + bytes.length);
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] mins = new long[bytes.length / Long.BYTES];
    for (int i = 0; i < mins.length; i++) {
      mins[i] = buf.getLong();
    }
    return new MinHashSignature(mins);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && Arrays.equals(mins, s.mins);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mins);
  }
}
