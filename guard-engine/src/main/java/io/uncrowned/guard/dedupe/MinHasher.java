package io.uncrowned.guard.dedupe;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes {@link MinHashSignature}s over lower-cased word shingles. Deterministic for a given seed, so
 * signatures stored yesterday compare with signatures computed today. Thread-safe.
 */
public final class MinHasher {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final int shingleWords;
  private final long[] seeds;

  /**
   * @param hashes number of hash functions (signature length), e.g. 128
   * @param shingleWords words per shingle, e.g. 5
   * @param seed fixes the hash functions
   */
  public MinHasher(int hashes, int shingleWords, long seed) {
    if (hashes < 1 || shingleWords < 1) {
      throw new IllegalArgumentException("hashes and shingleWords must be positive");
    }
    this.shingleWords = shingleWords;
    this.seeds = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s = splitMix64(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  public int size() {
    return seeds.length;
  }

  public MinHashSignature signature(String text) {
    long[] mins = new long[seeds.length];
    java.util.Arrays.fill(mins, Long.MAX_VALUE);
    long[] wordHashes = wordHashes(text);
    int shingles = Math.max(1, wordHashes.length - shingleWords + 1);
    for (int start = 0; start < shingles && wordHashes.length > 0; start++) {
      long shingle = shingleHash(wordHashes, start);
      for (int i = 0; i < seeds.length; i++) {
        long h = splitMix64(shingle ^ seeds[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return new MinHashSignature(mins);
  }

  private long shingleHash(long[] wordHashes, int start) {
    long h = 0x632BE59BD9B4E019L;
    int end = Math.min(wordHashes.length, start + shingleWords);
    for (int w = start; w < end; w++) {
      h = splitMix64(h ^ wordHashes[w]);
    }
    return h;
  }

  private static long[] wordHashes(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(lower);
    long[] out = new long[64];
    int n = 0;
    while (m.find()) {
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n * 2);
      }
      out[n++] = fnv1a64(lower, m.start(), m.end());
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static long fnv1a64(String text, int start, int end) {
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < end; i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long splitMix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
