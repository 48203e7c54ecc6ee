package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.dedupe.Deduplicator;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.policy.PolicyHistory;
import io.uncrowned.guard.search.LuceneIndex;
import io.uncrowned.guard.search.SearchIndex;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.search.SearchResult;
import io.uncrowned.guard.brief.SentenceEmbedder;
import io.uncrowned.guard.stories.SignalReader;
import io.uncrowned.guard.stories.StoredStoryTracker;
import io.uncrowned.guard.stories.StoryBriefer;
import io.uncrowned.guard.stories.StoryReader;
import io.uncrowned.guard.stories.StoryWeights;
import io.uncrowned.guard.store.ArticleStore;
import io.uncrowned.guard.store.DuplicateRecord;
import io.uncrowned.guard.store.SqliteStore;
import io.uncrowned.guard.store.StoreStats;
import io.uncrowned.guard.store.StoredArticle;
import io.uncrowned.guard.understand.Understander;
import io.uncrowned.guard.understand.Understanding;
import java.io.Closeable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * The embedded engine on one data folder: store, index, duplicate detection and the ingest pipeline. On
 * open it brings the index up to date with the store, so an ingest killed between the two is healed.
 */
public final class GuardEngine implements Closeable {
  private final SqliteStore store;
  private final SearchIndex index;
  private final ExecutorService pool;
  private final IngestPipeline pipeline;
  private final Understander understander;

  private GuardEngine(
      EngineConfig config, Collector collector, Extractor extractor, Understander understander, Clock clock) {
    this.store = SqliteStore.open(config.storeFile(), clock);
    SearchIndex opened;
    try {
      opened = LuceneIndex.open(config.indexDir());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    this.index = opened;
    catchUpIndex(n -> {});
    Deduplicator dedupe = new Deduplicator(config.nearDuplicateThreshold(), store::findByContentHash);
    store.forEachSignature(dedupe::remember);
    this.pool = Executors.newFixedThreadPool(config.threads(), namedThreads("guard-extract"));
    ArticleWriter writer = new ArticleWriter(store, index, dedupe, clock, config.batchSize());
    this.understander = understander;
    this.pipeline = new IngestPipeline(collector, extractor, understander, writer, pool, config.threads());
  }

  /**
   * An engine for search, show and stats: no collector or extractor is built, so no language model loads;
   * ingesting through it is a caller's mistake and throws.
   */
  public static GuardEngine openForReading(EngineConfig config) {
    Collector refuse = (input, sink) -> {
      throw new IllegalStateException("engine opened for reading cannot ingest " + input);
    };
    return open(config, refuse, document -> {
      throw new IllegalStateException("engine opened for reading cannot extract " + document.input());
    });
  }

  /** An engine whose articles are stored without understanding (entities and places). */
  public static GuardEngine open(EngineConfig config, Collector collector, Extractor extractor) {
    return open(config, collector, extractor, Understander.OFF);
  }

  public static GuardEngine open(
      EngineConfig config, Collector collector, Extractor extractor, Understander understander) {
    return new GuardEngine(config, collector, extractor, understander, Clock.systemUTC());
  }

  public IngestReport ingest(List<String> inputs, IngestListener listener) {
    return pipeline.ingest(inputs, listener);
  }

  public SearchResult search(SearchRequest request) {
    return index.search(request);
  }

  public Optional<StoredArticle> article(ArticleId id) {
    return store.find(id);
  }

  public Optional<Understanding> understanding(ArticleId id) {
    return store.findUnderstanding(id);
  }

  /** The policy history of everything stored, built afresh from the store's policy events. */
  public PolicyHistory policyHistory() {
    return PolicyHistory.of(store.policyRecords());
  }

  /**
   * Puts every stored article that has no story yet into a developing story, in arrival order, never moving
   * one already placed; returns how many were placed. Ingest runs it after a batch, readers before reading.
   */
  public synchronized int placeInStories(SentenceEmbedder embedder, StoryWeights weights) {
    if (store.unassigned().isEmpty()) {
      return 0; // the tracker restores the warm stories when built: skip that when nothing waits
    }
    return new StoredStoryTracker(store, new SignalReader(embedder), weights).catchUp(store);
  }

  /** The stories as placed so far; story briefs are drawn with {@code embedder}. */
  public StoryReader stories(SentenceEmbedder embedder) {
    return new StoryReader(store, store, new StoryBriefer(embedder));
  }

  /**
   * The store's newest sequence number: it grows with every stored article, so readers that derive views
   * from the store (policy history, stories) can tell cheaply whether to rebuild them.
   */
  public long storeSeq() {
    return store.maxSeq();
  }

  public Optional<DuplicateRecord> duplicate(ArticleId id) {
    return store.findDuplicate(id);
  }

  public StoreStats stats() {
    return store.stats();
  }

  public long indexedDocuments() {
    return index.size();
  }

  /** Rebuilds the index from the store; {@code progress} hears the count so far. Returns the total. */
  public long reindex(LongConsumer progress) {
    index.clear();
    return catchUpIndex(progress);
  }

  private long catchUpIndex(LongConsumer progress) {
    if (index.committedSeq() > store.maxSeq()) {
      index.clear(); // the store was replaced under the index: trust the store
    }
    long from = index.committedSeq();
    long[] count = {0};
    store.forEachSince(
        from,
        a -> {
          index.index(a, ArticleFacets.of(store.findUnderstanding(a.article().id()).orElse(null)));
          progress.accept(++count[0]);
        });
    if (count[0] > 0 || from != store.maxSeq()) {
      index.commit(store.maxSeq());
    }
    return count[0];
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      understander.close();
      index.close();
    } finally {
      store.close();
    }
  }

  static ThreadFactory namedThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
