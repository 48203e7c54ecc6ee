package io.uncrowned.guard.store;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.dedupe.MinHashSignature;
import io.uncrowned.guard.policy.PolicyRecord;
import io.uncrowned.guard.understand.Understanding;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The system of record. Writes are grouped into transactions that end at {@link #commit()}: a crash loses
 * at most the writes since the last commit, never corrupts what was committed, and a re-run redoes them.
 * One writer thread at a time; reads may come from any thread.
 */
public interface ArticleStore extends Closeable {
  Optional<StoredArticle> find(ArticleId id);

  Optional<ArticleId> findByContentHash(String contentHash);

  Optional<DuplicateRecord> findDuplicate(ArticleId id);

  /** Inserts or replaces the article; gives it the next sequence number and returns that number. */
  long put(Article article, MinHashSignature signature);

  void putDuplicate(DuplicateRecord duplicate);

  /** Keeps (or replaces) the understanding of a stored article. */
  void putUnderstanding(ArticleId id, Understanding understanding);

  /** The understanding of a stored article; empty when it was stored before the layer existed. */
  Optional<Understanding> findUnderstanding(ArticleId id);

  /** Every stored policy event with its article, dated, in ingest order. */
  List<PolicyRecord> policyRecords();

  /** Makes every write since the last commit durable. */
  void commit();

  /** Every kept article's near-duplicate signature, for rebuilding the in-memory LSH index. */
  void forEachSignature(BiConsumer<ArticleId, MinHashSignature> consumer);

  /** Every article with a sequence number above {@code seq}, in sequence order. */
  void forEachSince(long seq, Consumer<StoredArticle> consumer);

  long maxSeq();

  StoreStats stats();

  @Override
  void close();
}
