package io.uncrowned.guard.dedupe;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether an article duplicates one already kept: first by content hash (exact), then by MinHash
 * similarity of its text (near). Holds the near-duplicate index of the kept articles; exact matches are
 * looked up through the function given, normally the store's content-hash index.
 */
public final class Deduplicator {
  /** 128 hashes in 32 bands of 4: a pair at Jaccard 0.7 shares a band with probability above 0.999. */
  public static final int HASHES = 128;

  private static final int BANDS = 32;
  private static final int ROWS = 4;
  private static final int SHINGLE_WORDS = 5;
  private static final long SEED = 0x5EEDL;

  private final MinHasher hasher = new MinHasher(HASHES, SHINGLE_WORDS, SEED);
  private final NearDuplicateIndex index;
  private final Function<String, Optional<ArticleId>> byContentHash;

  /**
   * @param nearThreshold estimated Jaccard similarity from which two texts are near-duplicates (e.g. 0.6)
   * @param byContentHash finds a kept article by content hash
   */
  public Deduplicator(double nearThreshold, Function<String, Optional<ArticleId>> byContentHash) {
    this.index = new NearDuplicateIndex(BANDS, ROWS, nearThreshold);
    this.byContentHash = byContentHash;
  }

  /** What was found: the original and how. */
  public record Verdict(ArticleId original, DuplicateKind kind, double similarity) {}

  public MinHashSignature signature(Article article) {
    return hasher.signature(article.text());
  }

  /** The original this article duplicates, if any; the article itself never counts. */
  public Optional<Verdict> check(Article article, MinHashSignature signature) {
    Optional<ArticleId> exact = byContentHash.apply(article.contentHash());
    if (exact.isPresent() && !exact.get().equals(article.id())) {
      return Optional.of(new Verdict(exact.get(), DuplicateKind.EXACT, 1.0));
    }
    return index
        .findNearest(signature)
        .filter(m -> !m.original().equals(article.id()))
        .map(m -> new Verdict(m.original(), DuplicateKind.NEAR, m.similarity()));
  }

  /** Makes a kept article findable as an original. */
  public void remember(ArticleId id, MinHashSignature signature) {
    index.add(id, signature);
  }
}
