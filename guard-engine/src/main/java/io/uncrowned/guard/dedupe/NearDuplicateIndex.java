package io.uncrowned.guard.dedupe;

import io.uncrowned.guard.article.ArticleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, among the signatures added so far, the most similar one above a threshold. Locality-sensitive
 * hashing over bands of the signature keeps a lookup close to constant time: only articles sharing at least
 * one whole band are compared. Not thread-safe; the pipeline calls it from its single writer thread.
 */
public final class NearDuplicateIndex {
  private final int bands;
  private final int rows;
  private final double threshold;
  private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
  private final List<ArticleId> ids = new ArrayList<>();
  private final List<MinHashSignature> signatures = new ArrayList<>();

  /**
   * @param bands number of LSH bands; {@code bands * rows} must equal the signature size
   * @param rows signature positions per band
   * @param threshold smallest estimated Jaccard similarity that counts as a near-duplicate
   */
  public NearDuplicateIndex(int bands, int rows, double threshold) {
    if (bands < 1 || rows < 1 || threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("bad LSH parameters");
    }
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
    for (int b = 0; b < bands; b++) {
      buckets.add(new HashMap<>());
    }
  }

  /** A near-duplicate match: the original's id and the estimated similarity. */
  public record Match(ArticleId original, double similarity) {}

  public Optional<Match> findNearest(MinHashSignature signature) {
    checkSize(signature);
    Map<Integer, Boolean> seen = new HashMap<>();
    Match best = null;
    for (int b = 0; b < bands; b++) {
      List<Integer> bucket = buckets.get(b).get(bandKey(signature, b));
      if (bucket == null) {
        continue;
      }
      for (int candidate : bucket) {
        if (seen.putIfAbsent(candidate, Boolean.TRUE) != null) {
          continue;
        }
        double sim = signature.similarity(signatures.get(candidate));
        if (sim >= threshold && (best == null || sim > best.similarity())) {
          best = new Match(ids.get(candidate), sim);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public void add(ArticleId id, MinHashSignature signature) {
    checkSize(signature);
    int slot = ids.size();
    ids.add(id);
    signatures.add(signature);
    for (int b = 0; b < bands; b++) {
      buckets.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(1)).add(slot);
    }
  }

  public int size() {
    return ids.size();
  }

  private long bandKey(MinHashSignature s, int band) {
    long h = band;
    for (int r = 0; r < rows; r++) {
      h = MinHasher.splitMix64(h ^ s.at(band * rows + r));
    }
    return h;
  }

  private void checkSize(MinHashSignature s) {
    if (s.size() != bands * rows) {
      throw new IllegalArgumentException(
          "signature of " + s.size() + " hashes, index expects " + bands * rows);
    }
  }
}
