package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.dedupe.Deduplicator;
import io.uncrowned.guard.dedupe.MinHashSignature;
import io.uncrowned.guard.search.SearchIndex;
import io.uncrowned.guard.store.ArticleStore;
import io.uncrowned.guard.store.DuplicateRecord;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understanding;
import java.time.Clock;
import java.util.Optional;

/**
 * The single-threaded write side: decides whether an extracted article is new, changed, unchanged or a
 * duplicate, then writes it to the store and the index. Store and index are committed together in
 * batches, store first, so the index never claims more than the store holds.
 */
final class ArticleWriter {
  private final ArticleStore store;
  private final SearchIndex index;
  private final Deduplicator dedupe;
  private final Clock clock;
  private final int batchSize;
  private int uncommitted;

  ArticleWriter(ArticleStore store, SearchIndex index, Deduplicator dedupe, Clock clock, int batchSize) {
    this.store = store;
    this.index = index;
    this.dedupe = dedupe;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  IngestOutcome write(Article article, Understanding understanding) {
    Optional<StoredArticle> existing = store.find(article.id());
    if (existing.isPresent() && existing.get().article().contentHash().equals(article.contentHash())) {
      return enrich(existing.get(), understanding)
          ? new IngestOutcome.Updated(article)
          : new IngestOutcome.Unchanged(article.id(), article.origin());
    }
    if (existing.isEmpty() && store.findDuplicate(article.id()).isPresent()) {
      return new IngestOutcome.Unchanged(article.id(), article.origin());
    }
    MinHashSignature signature = dedupe.signature(article);
    if (existing.isEmpty()) {
      Optional<Deduplicator.Verdict> verdict = dedupe.check(article, signature);
      if (verdict.isPresent()) {
        return recordDuplicate(article, verdict.get());
      }
    }
    long seq = store.put(article, signature);
    store.putUnderstanding(article.id(), understanding);
    index.index(new StoredArticle(article, seq, clock.instant()), ArticleFacets.of(understanding));
    if (existing.isEmpty()) {
      dedupe.remember(article.id(), signature);
    }
    countWrite();
    return existing.isPresent()
        ? new IngestOutcome.Updated(article)
        : new IngestOutcome.Ingested(article);
  }

  /**
   * An unchanged article stored before it could be analysed (no gazetteer yet, or the layer was off) gets
   * its understanding now; one already analysed is left as it is, so a re-run changes nothing.
   */
  private boolean enrich(StoredArticle stored, Understanding understanding) {
    if (!understanding.analysed()
        || store.findUnderstanding(stored.article().id()).map(Understanding::analysed).orElse(false)) {
      return false;
    }
    store.putUnderstanding(stored.article().id(), understanding);
    index.index(stored, ArticleFacets.of(understanding));
    countWrite();
    return true;
  }

  private IngestOutcome recordDuplicate(Article article, Deduplicator.Verdict verdict) {
    DuplicateRecord record =
        new DuplicateRecord(
            article.id(),
            verdict.original(),
            verdict.kind(),
            verdict.similarity(),
            article.url(),
            article.title(),
            article.origin(),
            clock.instant());
    store.putDuplicate(record);
    countWrite();
    return new IngestOutcome.Duplicate(record);
  }

  private void countWrite() {
    if (++uncommitted >= batchSize) {
      commit();
    }
  }

  void commit() {
    store.commit();
    index.commit(store.maxSeq());
    uncommitted = 0;
  }
}
