package io.uncrowned.guard.search;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.store.StoredArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/** {@link SearchIndex} on a Lucene index in a local folder. */
public final class LuceneIndex implements SearchIndex {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String LANG = "lang";
  static final String PUBLISHED = "published";
  static final String URL = "url";
  private static final String SEQ_KEY = "guard.seq";
  private static final int SNIPPET_PASSAGES = 2;
  private static final int FACET_VALUES = 10;

  /**
   * Most matches whose facet values are counted one by one; above this, facet counts come from a random
   * sample of this many matches, scaled to the total, and the result says they are approximate.
   */
  public static final int FACET_SAMPLE = 5_000;

  // Fixed, so that the same search over the same index shows the same approximate counts.
  private static final long FACET_SEED = 0x5eed_f00dL;
  private static final Sort NEWEST_FIRST = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));

  /** Text stored with offsets in the postings, so highlighting needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Path dir;
  private final Analyzer analyzer = new NewsAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final QueryBuilder queries;
  private final FacetsConfig facetsConfig = facetsConfig();
  private final Object facetStateLock = new Object();
  private final int facetSample;
  private IndexReader cachedReader;
  private SortedSetDocValuesReaderState cachedState;

  private LuceneIndex(Path dir, IndexWriter writer, int facetSample) throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.facetSample = facetSample;
    this.searchers = new SearcherManager(writer, null);
    this.queries = new QueryBuilder(analyzer);
  }

  /** Opens (creating when absent) the index in {@code dir}. */
  public static LuceneIndex open(Path dir) {
    return open(dir, FACET_SAMPLE);
  }

  /** As {@link #open(Path)}, counting facets one by one up to {@code facetSample} matches (tests use few). */
  static LuceneIndex open(Path dir, int facetSample) {
    if (facetSample < 1) {
      throw new IllegalArgumentException("facetSample must be positive: " + facetSample);
    }
    try {
      IndexWriterConfig config = new IndexWriterConfig(new NewsAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      return new LuceneIndex(dir, new IndexWriter(FSDirectory.open(dir), config), facetSample);
    } catch (IOException e) {
      throw new IndexException(dir, "cannot open the index: " + e.getMessage(), e);
    }
  }

  @Override
  public void index(StoredArticle stored, FacetValues facets) {
    Article a = stored.article();
    Document doc = new Document();
    addFacet(doc, Facet.SOURCE, List.of(a.source()));
    addFacet(doc, Facet.LANGUAGE, List.of(a.language().code()));
    addFacet(doc, Facet.ENTITY, facets.entities());
    addFacet(doc, Facet.PLACE, facets.places());
    addFacet(doc, Facet.COUNTRY, facets.countries());
    addFacet(doc, Facet.EVENT_KIND, facets.eventKinds());
    addFacet(doc, Facet.POLICY_KIND, facets.policyKinds());
    doc.add(new StringField(ID, a.id().value(), Field.Store.YES));
    doc.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
    doc.add(new StringField(SOURCE, a.source(), Field.Store.YES));
    doc.add(new StringField(LANG, a.language().code(), Field.Store.YES));
    if (a.published() != null) {
      long ms = a.published().toEpochMilli();
      doc.add(new LongPoint(PUBLISHED, ms));
      doc.add(new NumericDocValuesField(PUBLISHED, ms));
      doc.add(new StoredField(PUBLISHED, ms));
    }
    if (a.url() != null) {
      doc.add(new StoredField(URL, a.url().toString()));
    }
    try {
      writer.updateDocument(new Term(ID, a.id().value()), facetsConfig.build(doc));
    } catch (IOException e) {
      throw new IndexException(dir, "cannot index " + a.id() + ": " + e.getMessage(), e);
    }
  }

  private static void addFacet(Document doc, Facet facet, List<String> values) {
    for (String v : values) {
      if (!v.isBlank()) {
        doc.add(new SortedSetDocValuesFacetField(facet.field(), v));
        doc.add(new StringField(facet.filterField(), Facet.key(v), Field.Store.NO));
      }
    }
  }

  @Override
  public void commit(long seq) {
    try {
      writer.setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq)).entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new IndexException(dir, "commit failed: " + e.getMessage(), e);
    }
  }

  @Override
  public long committedSeq() {
    try {
      if (!DirectoryReader.indexExists(writer.getDirectory())) {
        return 0;
      }
      var infos = org.apache.lucene.index.SegmentInfos.readLatestCommit(writer.getDirectory());
      String seq = infos.getUserData().get(SEQ_KEY);
      return seq == null ? 0 : Long.parseLong(seq);
    } catch (IOException | NumberFormatException e) {
      throw new IndexException(dir, "cannot read the index commit: " + e.getMessage(), e);
    }
  }

  @Override
  public void clear() {
    try {
      writer.deleteAll();
      writer.setLiveCommitData(Map.of(SEQ_KEY, "0").entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new IndexException(dir, "cannot clear the index: " + e.getMessage(), e);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    try {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return search(searcher, request);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new IndexException(dir, "search failed: " + e.getMessage(), e);
    }
  }

  private SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    boolean matchAll = request.query().isBlank();
    Query query = withFilters(matchAll ? queries.all() : queries.parse(request.query()), request);
    int wanted = request.offset() + request.limit();
    // The page alone: Lucene may skip documents that cannot make the top, so this no longer pays for every
    // match. Facets and the exact total come from a second, unscored pass when asked.
    TopDocs top = matchAll ? searcher.search(query, wanted, NEWEST_FIRST) : searcher.search(query, wanted);
    ScoreDoc[] page = pageOf(top.scoreDocs, request.offset());
    String[] snippets = matchAll ? new String[page.length] : highlight(searcher, query, page);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(toHit(stored.document(page[i].doc), page[i].score, snippets[i]));
    }
    if (request.countFacets()) {
      Counted counted = facetCounts(searcher, query);
      return new SearchResult(counted.total(), hits, counted.facets(), counted.approximate());
    }
    long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(query);
    return new SearchResult(total, hits, Map.of());
  }

  /**
   * Facet values over the matches of {@code query}, with the exact number of matches. Up to
   * {@link #FACET_SAMPLE} matches (by default) every one is counted; beyond, a fixed-seed random sample of that size is
   * counted and the counts scaled to the total, which keeps the cost bounded on a large archive.
   */
  private Counted facetCounts(IndexSearcher searcher, Query query) throws IOException {
    RandomSamplingFacetsCollector collector =
        searcher.search(query, RandomSamplingFacetsCollector.createManager(facetSample, FACET_SEED));
    long total = 0;
    for (FacetsCollector.MatchingDocs m : collector.getOriginalMatchingDocs()) {
      total += m.totalHits;
    }
    collector.getMatchingDocs(); // draws the sample (when there are more matches than facetSample)
    boolean sampled = total > facetSample && collector.getSamplingRate() < 1.0;
    double scale = sampled ? 1.0 / collector.getSamplingRate() : 1.0;
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    if (state == null || total == 0) {
      return new Counted(total, out, false); // nothing indexed yet carries facets, or nothing matched
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (Facet facet : Facet.values()) {
      List<FacetCount> values = new ArrayList<>();
      try {
        FacetResult topValues = counts.getTopChildren(FACET_VALUES, facet.field());
        if (topValues != null) {
          for (LabelAndValue lv : topValues.labelValues) {
            long n = sampled ? Math.min(total, Math.round(lv.value.longValue() * scale)) : lv.value.longValue();
            values.add(new FacetCount(lv.label, n));
          }
        }
      } catch (IllegalArgumentException noSuchDimension) {
        // no document carries this facet yet
      }
      out.put(facet, values);
    }
    return new Counted(total, out, sampled);
  }

  /** Facet counts with the exact number of matches they were taken from. */
  private record Counted(long total, Map<Facet, List<FacetCount>> facets, boolean approximate) {}

  /** The ordinal map costs a pass over the index: built once per reader and reused until it changes. */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    synchronized (facetStateLock) {
      if (cachedReader != reader) {
        cachedReader = reader;
        try {
          cachedState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetField) {
          cachedState = null;
        }
      }
      return cachedState;
    }
  }

  private Query withFilters(Query main, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
    r.filters().forEach(
        (facet, values) ->
            b.add(anyOf(facet.filterField(), values.stream().map(Facet::key).toList()), BooleanClause.Occur.FILTER));
    if (!r.sources().isEmpty()) {
      b.add(anyOf(SOURCE, r.sources().stream().toList()), BooleanClause.Occur.FILTER);
    }
    if (!r.languages().isEmpty()) {
      b.add(anyOf(LANG, r.languages().stream().map(Lang::code).toList()), BooleanClause.Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Query anyOf(String field, List<String> values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) {
      b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    return java.util.Arrays.copyOfRange(all, offset, all.length);
  }

  private String[] highlight(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxLength(200_000)
            .build();
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {TEXT}, query, docIds, new int[] {SNIPPET_PASSAGES});
    return byField.get(TEXT);
  }

  private static SearchHit toHit(Document d, float score, String snippet) {
    return new SearchHit(
        new ArticleId(d.get(ID)),
        d.get(TITLE),
        d.get(SOURCE),
        new Lang(d.get(LANG)),
        storedInstant(d, PUBLISHED),
        d.get(URL) == null ? null : URI.create(d.get(URL)),
        Float.isNaN(score) ? 0f : score,
        snippet == null ? "" : snippet);
  }

  /** A stored epoch-millisecond field as an instant; null when the document has none. */
  private static Instant storedInstant(Document d, String field) {
    var f = d.getField(field);
    return f == null || f.numericValue() == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
  }

  @Override
  public long size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new IndexException(dir, "close failed: " + e.getMessage(), e);
    }
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet f : Facet.values()) {
      config.setMultiValued(f.field(), true);
    }
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
