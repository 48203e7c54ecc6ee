package io.uncrowned.guard.understand.places.gazetteer;

import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.GazetteerException;
import io.uncrowned.guard.understand.places.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The gazetteer read from the Lucene index that {@link GeonamesImporter} writes. Opened once, read-only,
 * thread-safe; close it when done.
 *
 * <p>{@link #candidates} looks the name up by its folded key and its Latin transliterations (see
 * {@link NameFolder}) among every name and alternate name of every place. Exact matches come first: a country
 * matching by one of its own names (not merely an alternate one) leads, then everything by population.
 * Regions rank by GeoNames' population or, when it gives none, by the summed population of their places,
 * which puts Texas (US) before Texas (Mexico) and New York State before New York City; a fixed preference for
 * regions would instead put the small province "Ho Chi Minh City" before the city of 14 million. A region
 * whose seat shares its name (the oblast "Kharkiv" and its capital Kharkiv; the département and the city of
 * Paris) follows that seat, since news names the city far more often. Only when
 * nothing matches exactly, fuzzy matches (edit distance 1 for keys of 4–7 characters, 2 from 8 characters,
 * none below 4; the first character must match) ranked by closeness, then population, with the same rule
 * for regions and their seats.
 */
public final class LuceneGazetteer implements Gazetteer {
  private static final Sort BY_RANK = new Sort(new SortField(PlaceFields.RANK, SortField.Type.LONG, true));
  private static final Query PLACES = new TermQuery(new Term(PlaceFields.TYPE, PlaceFields.TYPE_PLACE));
  /** Alias look-ups resolve at most this many distinct places, enough for the commonest names. */
  private static final int MAX_ALIAS_IDS = 1024;
  /** Near names considered per look-up, over all keys. */
  private static final int FUZZY_EXPANSIONS = 64;

  private final Path location;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final NameFolder folder;
  private final PlaceReader places;
  private final boolean hasAliases;
  private final Map<String, String> metadata;

  private LuceneGazetteer(Path location, Directory directory, DirectoryReader reader, NameFolder folder,
      Map<String, String> metadata) {
    this.location = location;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.folder = folder;
    this.places = new PlaceReader(reader);
    this.hasAliases = countAliases(reader) > 0;
    this.metadata = Map.copyOf(metadata);
  }

  /**
   * Opens the gazetteer of a data folder, i.e. the index in {@code dataDir/gazetteer}.
   *
   * @throws GazetteerException when there is none or it cannot be read; its message names the command
   *     that installs one
   */
  public static LuceneGazetteer open(Path dataDir) {
    Path index = dataDir.resolve(GazetteerInstaller.INDEX_FOLDER);
    if (!Files.exists(index)) {
      // An install that died between its two renames leaves only the previous index, set aside.
      Optional<Path> setAside = GazetteerInstaller.setAside(dataDir);
      if (setAside.isPresent()) {
        return openIndex(setAside.get());
      }
    }
    return openIndex(index);
  }

  /**
   * Opens a gazetteer index folder directly.
   *
   * @throws GazetteerException when it is missing, unreadable or of another format version
   */
  public static LuceneGazetteer openIndex(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      throw missing(indexDir, "no gazetteer in " + indexDir, null);
    }
    Directory dir = null;
    try {
      dir = FSDirectory.open(indexDir);
      if (!DirectoryReader.indexExists(dir)) {
        throw missing(indexDir, "no gazetteer in " + indexDir, null);
      }
      DirectoryReader reader = DirectoryReader.open(dir);
      Map<String, String> data = reader.getIndexCommit().getUserData();
      if (!PlaceFields.FORMAT_VERSION.equals(data.get(PlaceFields.META_FORMAT))) {
        reader.close();
        throw missing(indexDir, "the gazetteer in " + indexDir + " has format " + data.get(PlaceFields.META_FORMAT)
            + ", this version reads format " + PlaceFields.FORMAT_VERSION, null);
      }
      return new LuceneGazetteer(indexDir, dir, reader, new NameFolder(), data);
    } catch (IOException | RuntimeException e) {
      closeQuietly(dir);
      if (e instanceof GazetteerException g) {
        throw g;
      }
      throw missing(indexDir, "the gazetteer in " + indexDir + " is unreadable (" + e.getMessage() + ")", e);
    }
  }

  private static int countAliases(DirectoryReader reader) {
    try {
      return reader.getDocCount(PlaceFields.ALIAS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GazetteerException missing(Path dir, String what, Throwable cause) {
    return new GazetteerException(dir, what + ": run `guard gazetteer install` (or `guard gazetteer install --from "
        + "../shared/data/geonames`)", cause);
  }

  /** Where the index lives. */
  public Path location() {
    return location;
  }

  /**
   * The commit data recorded by the importer: format, sources (name:rows:skipped,…), places, created (an
   * ISO-8601 instant) and attribution (the credit GeoNames' licence asks for wherever places are shown).
   */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Number of places in the index. */
  public int size() {
    return count(PLACES);
  }

  @Override
  public List<Place> candidates(String name, int max) {
    if (max <= 0 || name == null || name.isBlank()) {
      return List.of();
    }
    Set<String> keys = folder.variants(name);
    if (keys.isEmpty()) {
      return List.of();
    }
    try {
      List<Place> exact = exact(keys, max);
      return exact.isEmpty() ? fuzzy(keys, max) : exact;
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer read failed in " + location, e);
    }
  }

  private List<Place> exact(Set<String> keys, int max) throws IOException {
    // Enough beyond max for a region to find its seat and a country its name among the populous hits.
    int fetch = 2 * max + 16;
    Map<Long, Ranked> found = new LinkedHashMap<>();
    collect(new TermInSetQuery(PlaceFields.NAMES, bytes(keys)), fetch, found);
    Set<String> aliasIds = hasAliases ? aliasIds(keys) : Set.of();
    if (!aliasIds.isEmpty()) {
      collect(placesWith(new TermInSetQuery(PlaceFields.ID, bytes(aliasIds))), fetch, found);
    }
    if (found.isEmpty()) {
      return List.of();
    }
    Set<Long> own = ownNameCountries(keys);
    List<Ranked> ranked = new ArrayList<>(found.values());
    for (Ranked r : ranked) {
      rank(r, own, ranked);
    }
    return best(ranked, max);
  }

  private static List<Place> best(List<Ranked> ranked, int max) {
    ranked.sort(Comparator.comparingInt((Ranked r) -> r.tier)
        .thenComparingDouble(r -> -r.score)
        .thenComparingLong(r -> -r.sortRank)
        .thenComparingInt(r -> r.afterSeat ? 1 : 0));
    return ranked.stream().limit(max).map(r -> r.place).toList();
  }

  /**
   * Tier 0 for a country by its own name, 2 for everything else, ranked by population. A region whose
   * same-named seat is among the candidates (Paris the city and Paris the département) sorts just after that
   * seat, as the class comment explains.
   */
  private static void rank(Ranked r, Set<Long> own, List<Ranked> all) {
    Place p = r.place;
    r.tier = own.contains(p.geonameId()) && p.isCountry() ? 0 : 2;
    r.sortRank = r.rank;
    if (p.isCountry() || !p.featureClass().equals("A")) {
      return;
    }
    all.stream()
        .filter(o -> isSeat(o.place) && o.place.countryCode().equals(p.countryCode())
            && o.place.admin1Code().equals(p.admin1Code()))
        .findFirst()
        .ifPresent(seat -> {
          r.tier = 2;
          r.score = seat.score;
          r.sortRank = seat.rank;
          r.afterSeat = true;
        });
  }

  private static boolean isSeat(Place p) {
    return p.featureClass().equals("P")
        && (p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA") || p.featureCode().equals("PPLA2"));
  }

  /**
   * Near names first, then populous places: the index's names within the allowed edits of any key are
   * grouped by closeness (Lucene's fuzzy boost, 1 − edits / length), and each group, closest first, is
   * searched like an exact look-up until enough places are found. A place counts by its closest name only.
   */
  private List<Place> fuzzy(Set<String> keys, int max) throws IOException {
    Terms names = MultiTerms.getTerms(reader, PlaceFields.NAMES);
    if (names == null) {
      return List.of();
    }
    TreeMap<Float, List<BytesRef>> byCloseness = new TreeMap<>(Comparator.reverseOrder());
    int expansions = 0;
    for (String key : keys) {
      int edits = key.length() < 4 ? 0 : key.length() < 8 ? 1 : 2;
      if (edits == 0) {
        continue;
      }
      FuzzyTermsEnum near = new FuzzyTermsEnum(names, new Term(PlaceFields.NAMES, key), edits, 1, true);
      for (BytesRef term = near.next(); term != null && expansions < FUZZY_EXPANSIONS; term = near.next()) {
        byCloseness.computeIfAbsent(near.getBoost(), b -> new ArrayList<>()).add(BytesRef.deepCopyOf(term));
        expansions++;
      }
    }
    int fetch = 2 * max + 16;
    Map<Long, Ranked> found = new LinkedHashMap<>();
    for (Map.Entry<Float, List<BytesRef>> group : byCloseness.entrySet()) {
      Map<Long, Ranked> level = new LinkedHashMap<>();
      collect(new TermInSetQuery(PlaceFields.NAMES, group.getValue()), fetch, level);
      for (Ranked r : level.values()) {
        r.score = group.getKey();
        found.putIfAbsent(r.place.geonameId(), r);
      }
      if (found.size() >= fetch) {
        break;
      }
    }
    List<Ranked> ranked = new ArrayList<>(found.values());
    for (Ranked r : ranked) {
      rank(r, Set.of(), ranked);
    }
    return best(ranked, max);
  }

  private void collect(Query query, int fetch, Map<Long, Ranked> into) throws IOException {
    ScoreDoc[] hits = searcher.search(query, fetch, BY_RANK).scoreDocs;
    Place[] places = places(hits);
    for (int i = 0; i < hits.length; i++) {
      long rank = ((Number) ((FieldDoc) hits[i]).fields[0]).longValue();
      into.putIfAbsent(places[i].geonameId(), new Ranked(places[i], rank));
    }
  }

  private Set<String> aliasIds(Set<String> keys) throws IOException {
    ScoreDoc[] hits = searcher.search(new TermInSetQuery(PlaceFields.ALIAS, bytes(keys)), MAX_ALIAS_IDS).scoreDocs;
    Set<String> ids = new HashSet<>();
    for (long id : places.ids(docs(hits))) {
      ids.add(Long.toString(id));
    }
    return ids;
  }

  /** Ids of countries for which one of the keys is an own name. */
  private Set<Long> ownNameCountries(Set<String> keys) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(new TermInSetQuery(PlaceFields.OWN, bytes(keys)), Occur.FILTER)
        .add(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.KIND_COUNTRY)), Occur.FILTER)
        .build();
    Set<Long> ids = new HashSet<>();
    // A name is the own name of a handful of countries at most ("Congo" of two).
    for (long id : places.ids(docs(searcher.search(query, 8).scoreDocs))) {
      ids.add(id);
    }
    return ids;
  }

  @Override
  public Optional<Place> byId(long geonameId) {
    return first(placesWith(new TermQuery(new Term(PlaceFields.ID, Long.toString(geonameId)))));
  }

  @Override
  public Optional<Place> country(String countryCode) {
    return first(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.KIND_COUNTRY)), Occur.FILTER)
        .add(new TermQuery(new Term(PlaceFields.COUNTRY, countryCode.toUpperCase(java.util.Locale.ROOT))),
            Occur.FILTER)
        .build());
  }

  @Override
  public Optional<Place> region(String countryCode, String admin1Code) {
    return first(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.KIND_ADM1)), Occur.FILTER)
        .add(new TermQuery(new Term(PlaceFields.COUNTRY, countryCode.toUpperCase(java.util.Locale.ROOT))),
            Occur.FILTER)
        .add(new TermQuery(new Term(PlaceFields.ADMIN1, admin1Code)), Occur.FILTER)
        .build());
  }

  private Optional<Place> first(Query query) {
    try {
      ScoreDoc[] hits = searcher.search(query, 1, BY_RANK).scoreDocs;
      return hits.length == 0 ? Optional.empty() : Optional.of(places(hits)[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer read failed in " + location, e);
    }
  }

  private int count(Query query) {
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer read failed in " + location, e);
    }
  }

  private Place[] places(ScoreDoc[] hits) throws IOException {
    return places.read(docs(hits));
  }

  private static int[] docs(ScoreDoc[] hits) {
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    return docs;
  }

  private static Query placesWith(Query query) {
    return new BooleanQuery.Builder().add(query, Occur.FILTER).add(PLACES, Occur.FILTER).build();
  }

  private static List<BytesRef> bytes(Collection<String> keys) {
    return keys.stream().map(BytesRef::new).toList();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(directory);
    }
  }

  private static void closeQuietly(Directory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // Closing after a failed open: the first failure is the one worth reporting.
      }
    }
  }

  /** A candidate with its ranking value and tier while sorting. */
  private static final class Ranked {
    final Place place;
    final long rank;
    int tier;
    /** Closeness of a fuzzy match; 0 for exact matches. */
    float score;
    long sortRank;
    boolean afterSeat;

    Ranked(Place place, long rank) {
      this.place = place;
      this.rank = rank;
    }
  }
}
