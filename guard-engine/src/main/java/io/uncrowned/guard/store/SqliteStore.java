package io.uncrowned.guard.store;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.dedupe.DuplicateKind;
import io.uncrowned.guard.dedupe.MinHashSignature;
import io.uncrowned.guard.events.PolicyEvent;
import io.uncrowned.guard.policy.PolicyRecord;
import io.uncrowned.guard.stories.ArticleSignals;
import io.uncrowned.guard.stories.StoryId;
import io.uncrowned.guard.stories.StoryMember;
import io.uncrowned.guard.stories.StoryRow;
import io.uncrowned.guard.stories.StoryState;
import io.uncrowned.guard.stories.StoryStore;
import io.uncrowned.guard.understand.Understanding;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@link ArticleStore} in one SQLite file in WAL mode. The full article record is kept as JSON beside the
 * columns that are queried, so the index can always be rebuilt from here. It also keeps the story
 * assignments ({@link StoryStore}).
 */
public final class SqliteStore implements ArticleStore, StoryStore {
  private static final int SCHEMA_VERSION = 1;

  private final Path file;
  private final Connection db;
  private final ArticleJson json = new ArticleJson();
  private final Clock clock;
  private long nextSeq;

  private SqliteStore(Path file, Connection db, Clock clock) throws SQLException {
    this.file = file;
    this.db = db;
    this.clock = clock;
    createSchema();
    this.nextSeq = maxSeq() + 1;
  }

  /** Opens (creating when absent) the store file {@code file}. */
  public static SqliteStore open(Path file, Clock clock) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupts the file.
        st.execute("PRAGMA synchronous=NORMAL");
        st.execute("PRAGMA foreign_keys=ON");
        st.execute("PRAGMA busy_timeout=10000");
      }
      db.setAutoCommit(false);
      return new SqliteStore(file, db, clock);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException(file, "cannot open the store: " + e.getMessage(), e);
    }
  }

  private void createSchema() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS articles ("
              + " id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, content_hash TEXT NOT NULL,"
              + " url TEXT, source TEXT NOT NULL, title TEXT NOT NULL, published INTEGER, lang TEXT NOT NULL,"
              + " record TEXT NOT NULL, minhash BLOB NOT NULL, ingested_at INTEGER NOT NULL)");
      st.execute("CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)");
      st.execute(
          "CREATE TABLE IF NOT EXISTS duplicates ("
              + " id TEXT PRIMARY KEY, original_id TEXT NOT NULL REFERENCES articles(id),"
              + " kind TEXT NOT NULL, similarity REAL NOT NULL, url TEXT, title TEXT NOT NULL,"
              + " origin TEXT NOT NULL, recorded_at INTEGER NOT NULL)");
      st.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      st.execute(
          "CREATE TABLE IF NOT EXISTS understandings ("
              + " id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, status TEXT NOT NULL,"
              + " record TEXT NOT NULL)");
      // One row per policy event, so the policy history is read without parsing every understanding.
      st.execute(
          "CREATE TABLE IF NOT EXISTS policy_events ("
              + " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,"
              + " kind TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (article_id, ord))");
      createStoryTables(st);
      st.execute(
          "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
    }
    db.commit();
  }

  private static void createStoryTables(Statement st) throws SQLException {
    // A story's clustering state is kept whole, so a restart restores warm stories without re-clustering.
    st.execute(
        "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, first_seen INTEGER NOT NULL,"
            + " last_seen INTEGER NOT NULL, members INTEGER NOT NULL, sources INTEGER NOT NULL, state TEXT NOT NULL)");
    st.execute("CREATE INDEX IF NOT EXISTS stories_last_seen ON stories(last_seen)");
    st.execute(
        "CREATE TABLE IF NOT EXISTS story_members ("
            + " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
            + " story_id TEXT NOT NULL REFERENCES stories(id), ordinal INTEGER NOT NULL, score REAL NOT NULL,"
            + " independent INTEGER NOT NULL, signals TEXT NOT NULL)");
    st.execute("CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id, ordinal)");
  }

  @Override
  public Optional<StoredArticle> find(ArticleId id) {
    return query(
        "SELECT record, seq, ingested_at FROM articles WHERE id = ?",
        ps -> ps.setString(1, id.value()),
        rs -> new StoredArticle(json.readArticle(rs.getString(1)), rs.getLong(2), ofMillis(rs.getLong(3))));
  }

  @Override
  public Optional<ArticleId> findByContentHash(String contentHash) {
    return query(
        "SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1",
        ps -> ps.setString(1, contentHash),
        rs -> new ArticleId(rs.getString(1)));
  }

  @Override
  public Optional<DuplicateRecord> findDuplicate(ArticleId id) {
    return query(
        "SELECT id, original_id, kind, similarity, url, title, origin, recorded_at FROM duplicates WHERE id = ?",
        ps -> ps.setString(1, id.value()),
        rs ->
            new DuplicateRecord(
                new ArticleId(rs.getString(1)),
                new ArticleId(rs.getString(2)),
                DuplicateKind.valueOf(rs.getString(3)),
                rs.getDouble(4),
                rs.getString(5) == null ? null : URI.create(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                ofMillis(rs.getLong(8))));
  }

  @Override
  public long put(Article a, MinHashSignature signature) {
    String sql =
        "INSERT INTO articles(id, seq, content_hash, url, source, title, published, lang, record, minhash,"
            + " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            + " seq=excluded.seq, content_hash=excluded.content_hash, url=excluded.url,"
            + " source=excluded.source, title=excluded.title, published=excluded.published,"
            + " lang=excluded.lang, record=excluded.record, minhash=excluded.minhash";
    update(
        sql,
        ps -> {
          ps.setString(1, a.id().value());
          ps.setLong(2, nextSeq);
          ps.setString(3, a.contentHash());
          ps.setString(4, a.url() == null ? null : a.url().toString());
          ps.setString(5, a.source());
          ps.setString(6, a.title());
          if (a.published() == null) {
            ps.setNull(7, java.sql.Types.INTEGER);
          } else {
            ps.setLong(7, a.published().toEpochMilli());
          }
          ps.setString(8, a.language().code());
          ps.setString(9, json.write(a));
          ps.setBytes(10, signature.toBytes());
          ps.setLong(11, clock.millis());
        });
    return nextSeq++;
  }

  @Override
  public void putDuplicate(DuplicateRecord d) {
    update(
        "INSERT OR REPLACE INTO duplicates(id, original_id, kind, similarity, url, title, origin, recorded_at)"
            + " VALUES (?,?,?,?,?,?,?,?)",
        ps -> {
          ps.setString(1, d.id().value());
          ps.setString(2, d.original().value());
          ps.setString(3, d.kind().name());
          ps.setDouble(4, d.similarity());
          ps.setString(5, d.url() == null ? null : d.url().toString());
          ps.setString(6, d.title());
          ps.setString(7, d.origin());
          ps.setLong(8, d.recordedAt().toEpochMilli());
        });
  }

  @Override
  public void putUnderstanding(ArticleId id, Understanding understanding) {
    update(
        "INSERT OR REPLACE INTO understandings(id, status, record) VALUES (?,?,?)",
        ps -> {
          ps.setString(1, id.value());
          ps.setString(2, understanding.status().name());
          ps.setString(3, json.write(understanding));
        });
    update("DELETE FROM policy_events WHERE article_id = ?", ps -> ps.setString(1, id.value()));
    List<PolicyEvent> policies = understanding.events().policyEvents();
    for (int i = 0; i < policies.size(); i++) {
      PolicyEvent event = policies.get(i);
      int ord = i;
      update(
          "INSERT INTO policy_events(article_id, ord, kind, record) VALUES (?,?,?,?)",
          ps -> {
            ps.setString(1, id.value());
            ps.setInt(2, ord);
            ps.setString(3, event.kind().label());
            ps.setString(4, json.write(event));
          });
    }
  }

  @Override
  public List<PolicyRecord> policyRecords() {
    List<PolicyRecord> out = new ArrayList<>();
    scan(
        "SELECT p.article_id, a.title, a.url, a.published, a.ingested_at, p.record FROM policy_events p"
            + " JOIN articles a ON a.id = p.article_id ORDER BY a.seq, p.ord",
        ps -> {},
        rs -> {
          PolicyEvent event = json.read(rs.getString(6), PolicyEvent.class);
          long published = rs.getLong(4);
          Instant when = rs.wasNull() ? ofMillis(rs.getLong(5)) : ofMillis(published);
          LocalDate day = event.date() != null ? event.date() : LocalDate.ofInstant(when, ZoneOffset.UTC);
          out.add(new PolicyRecord(new ArticleId(rs.getString(1)), rs.getString(2), rs.getString(3), day, event));
        });
    return out;
  }

  @Override
  public Optional<Understanding> findUnderstanding(ArticleId id) {
    return query(
        "SELECT record FROM understandings WHERE id = ?",
        ps -> ps.setString(1, id.value()),
        rs -> json.read(rs.getString(1), Understanding.class));
  }

  @Override
  public Optional<StoryId> findStoryOf(ArticleId article) {
    return query("SELECT story_id FROM story_members WHERE article_id = ?", ps -> ps.setString(1, article.value()),
        rs -> new StoryId(rs.getString(1)));
  }

  @Override
  public void putMember(StoryMember m, StoryState state, String title) {
    update(
        "INSERT INTO stories(id, title, first_seen, last_seen, members, sources, state) VALUES (?,?,?,?,?,?,?)"
            + " ON CONFLICT(id) DO UPDATE SET title=excluded.title, first_seen=excluded.first_seen,"
            + " last_seen=excluded.last_seen, members=excluded.members,"
            + " sources=stories.sources+excluded.sources, state=excluded.state",
        ps -> {
          ps.setString(1, state.id().value());
          ps.setString(2, title);
          ps.setLong(3, state.firstSeen().toEpochMilli());
          ps.setLong(4, state.lastSeen().toEpochMilli());
          ps.setInt(5, state.size());
          ps.setInt(6, m.independent() ? 1 : 0);
          ps.setString(7, json.write(state));
        });
    update(
        "INSERT OR REPLACE INTO story_members(article_id, story_id, ordinal, score, independent, signals)"
            + " VALUES (?,?,?,?,?,?)",
        ps -> {
          ps.setString(1, m.article().value());
          ps.setString(2, m.story().value());
          ps.setInt(3, m.ordinal());
          ps.setDouble(4, m.score());
          ps.setInt(5, m.independent() ? 1 : 0);
          ps.setString(6, json.write(m.signals()));
        });
  }

  private static final String STORY_ROW =
      "SELECT s.id, s.title, s.first_seen, s.last_seen, s.members, s.sources, (SELECT COUNT(*) FROM duplicates d"
          + " JOIN story_members m ON d.original_id = m.article_id WHERE m.story_id = s.id) FROM stories s";

  @Override
  public Optional<StoryRow> findStory(StoryId id) {
    return query(STORY_ROW + " WHERE s.id = ?", ps -> ps.setString(1, id.value()), SqliteStore::storyRow);
  }

  @Override
  public List<StoryRow> stories(Instant since, int limit) {
    List<StoryRow> out = new ArrayList<>();
    scan(STORY_ROW + " WHERE s.last_seen >= ? ORDER BY s.last_seen DESC, s.members DESC, s.id LIMIT ?",
        ps -> {
          ps.setLong(1, since == null ? Long.MIN_VALUE : since.toEpochMilli());
          ps.setInt(2, limit);
        },
        rs -> out.add(storyRow(rs)));
    return out;
  }

  private static StoryRow storyRow(ResultSet rs) throws SQLException {
    int members = rs.getInt(5);
    return new StoryRow(new StoryId(rs.getString(1)), rs.getString(2), ofMillis(rs.getLong(3)),
        ofMillis(rs.getLong(4)), members, members + rs.getInt(7), rs.getInt(6));
  }

  @Override
  public List<StoryMember> members(StoryId id) {
    List<StoryMember> out = new ArrayList<>();
    scan("SELECT article_id, ordinal, score, independent, signals FROM story_members WHERE story_id = ?"
            + " ORDER BY ordinal",
        ps -> ps.setString(1, id.value()),
        rs -> out.add(new StoryMember(id, new ArticleId(rs.getString(1)), rs.getInt(2), rs.getDouble(3),
            rs.getInt(4) != 0, json.read(rs.getString(5), ArticleSignals.class))));
    return out;
  }

  @Override
  public Map<ArticleId, Integer> reprints(StoryId id) {
    Map<ArticleId, Integer> out = new LinkedHashMap<>();
    scan("SELECT d.original_id, COUNT(*) FROM duplicates d JOIN story_members m ON d.original_id = m.article_id"
            + " WHERE m.story_id = ? GROUP BY d.original_id",
        ps -> ps.setString(1, id.value()),
        rs -> out.put(new ArticleId(rs.getString(1)), rs.getInt(2)));
    return out;
  }

  @Override
  public List<StoryState> storyStates(Instant since) {
    List<StoryState> out = new ArrayList<>();
    scan("SELECT state FROM stories WHERE last_seen >= ? ORDER BY last_seen",
        ps -> ps.setLong(1, since == null ? Long.MIN_VALUE : since.toEpochMilli()),
        rs -> out.add(json.read(rs.getString(1), StoryState.class)));
    return out;
  }

  @Override
  public Optional<Instant> latestStoryTime() {
    return query("SELECT MAX(last_seen) FROM stories", ps -> {}, rs -> {
      long v = rs.getLong(1);
      return rs.wasNull() ? null : ofMillis(v);
    });
  }

  @Override
  public List<ArticleId> unassigned() {
    List<ArticleId> out = new ArrayList<>();
    scan("SELECT a.id FROM articles a LEFT JOIN story_members m ON m.article_id = a.id WHERE m.article_id IS NULL"
            + " ORDER BY a.seq",
        ps -> {},
        rs -> out.add(new ArticleId(rs.getString(1))));
    return out;
  }

  @Override
  public void commit() {
    try {
      db.commit();
    } catch (SQLException e) {
      throw new StoreException(file, "commit failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void forEachSignature(BiConsumer<ArticleId, MinHashSignature> consumer) {
    scan(
        "SELECT id, minhash FROM articles ORDER BY seq",
        ps -> {},
        rs -> consumer.accept(new ArticleId(rs.getString(1)), MinHashSignature.fromBytes(rs.getBytes(2))));
  }

  @Override
  public void forEachSince(long seq, Consumer<StoredArticle> consumer) {
    scan(
        "SELECT record, seq, ingested_at FROM articles WHERE seq > ? ORDER BY seq",
        ps -> ps.setLong(1, seq),
        rs ->
            consumer.accept(
                new StoredArticle(json.readArticle(rs.getString(1)), rs.getLong(2), ofMillis(rs.getLong(3)))));
  }

  @Override
  public long maxSeq() {
    return query("SELECT COALESCE(MAX(seq), 0) FROM articles", ps -> {}, rs -> rs.getLong(1)).orElse(0L);
  }

  @Override
  public StoreStats stats() {
    long articles = count("SELECT COUNT(*) FROM articles");
    long exact = count("SELECT COUNT(*) FROM duplicates WHERE kind = 'EXACT'");
    long near = count("SELECT COUNT(*) FROM duplicates WHERE kind = 'NEAR'");
    return new StoreStats(
        articles,
        exact,
        near,
        groupCount("SELECT source, COUNT(*) FROM articles GROUP BY source ORDER BY 2 DESC, 1 LIMIT 50"),
        groupCount("SELECT lang, COUNT(*) FROM articles GROUP BY lang ORDER BY 2 DESC, 1 LIMIT 50"));
  }

  @Override
  public void close() {
    try {
      db.commit();
      db.close();
    } catch (SQLException e) {
      throw new StoreException(file, "close failed: " + e.getMessage(), e);
    }
  }

  private long count(String sql) {
    return query(sql, ps -> {}, rs -> rs.getLong(1)).orElse(0L);
  }

  private Map<String, Long> groupCount(String sql) {
    Map<String, Long> out = new LinkedHashMap<>();
    scan(sql, ps -> {}, rs -> out.put(rs.getString(1), rs.getLong(2)));
    return out;
  }

  private static Instant ofMillis(long ms) {
    return Instant.ofEpochMilli(ms);
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  private <T> Optional<T> query(String sql, Binder binder, RowReader<T> reader) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(reader.read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException(file, "query failed: " + e.getMessage(), e);
    }
  }

  private void scan(String sql, Binder binder, RowConsumer consumer) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException(file, "scan failed: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Binder binder) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(file, "write failed: " + e.getMessage(), e);
    }
  }
}
