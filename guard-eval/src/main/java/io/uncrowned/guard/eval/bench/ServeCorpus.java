package io.uncrowned.guard.eval.bench;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.collect.Collector;
import io.uncrowned.guard.collect.DocumentSink;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.dedupe.Deduplicator;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.Extractor;
import io.uncrowned.guard.pipeline.EngineConfig;
import io.uncrowned.guard.search.FacetValues;
import io.uncrowned.guard.search.LuceneIndex;
import io.uncrowned.guard.store.SqliteStore;
import io.uncrowned.guard.store.StoredArticle;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * The archive {@code guard bench serve} searches: the sample corpus replicated and varied to any size, each
 * copy with a varied title, paragraphs drawn from the whole corpus with some words swapped, its own source,
 * date and facet values, so that no two copies are duplicates and postings look like a real archive's.
 * Written straight into a data folder's store and index (the ingest pipeline is not what is measured), once:
 * a folder already holding the same size and seed is reused.
 */
public final class ServeCorpus {
  static final String MARKER = "bench-serve.properties";
  private static final int VERSION = 1;
  private static final String[] OUTLETS = {"Northline", "Harbour", "Eastgate", "Meridian", "Valley", "Atlantic",
      "Riverside", "Summit"};
  private static final String[] KINDS = {"Dispatch", "Courier", "Herald", "Review", "Digest"};
  /** Real places and countries, invented organisations: the facet values the copies carry. */
  private static final String[] PLACES = {"Porto", "Málaga", "Windhoek", "Kraków", "Lisbon", "Seville",
      "Walvis Bay", "Warsaw", "Kharkiv", "Gdańsk"};
  private static final String[] COUNTRIES = {"PT", "ES", "NA", "PL", "UA"};
  private static final String[] ENTITIES = {"Harrowgate Water Board", "Tidewater Ferries", "Quillon Dairy",
      "Northline Transit Authority", "Kestrel Mining", "Ostrava Rail Union", "Lindqvist Foundation",
      "Coastal Renters' Association", "Port Authority of the Western Cape Coast", "Brightwater Council"};
  private static final Instant FIRST = Instant.parse("2019-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = 6L * 365 * 24 * 3600;

  private final List<Article> seeds;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> words = new ArrayList<>();

  private ServeCorpus(List<Article> seeds) {
    this.seeds = List.copyOf(seeds);
    for (Article a : seeds) {
      for (String p : a.text().split("\n\n")) {
        if (p.length() > 60) {
          paragraphs.add(p);
        }
        for (String w : p.split("[^\\p{L}]+")) {
          if (w.length() >= 4) {
            words.add(w.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    if (paragraphs.size() < 10) {
      throw new IllegalArgumentException("the seed corpus needs at least 10 paragraphs");
    }
  }

  /** Reads the seed articles of {@code seedCorpus} through the given collector and extractor. */
  public static ServeCorpus from(Path seedCorpus, Collector collector, Extractor extractor) {
    List<Article> seeds = new ArrayList<>();
    collector.collect(seedCorpus.toString(), new DocumentSink() {
      @Override
      public void accept(RawDocument d) {
        try {
          seeds.add(extractor.extract(d));
        } catch (ExtractionException e) {
          // a bad seed document is simply not used
        }
      }

      @Override
      public void problem(Problem problem) {}
    });
    return new ServeCorpus(seeds);
  }

  /** The words the copies are made of (lower case, with repeats): the benchmark draws its queries here. */
  public List<String> words() {
    return List.copyOf(words);
  }

  /** The sources the copies are spread over. */
  public static List<String> sources() {
    List<String> out = new ArrayList<>();
    for (String o : OUTLETS) {
      for (String k : KINDS) {
        out.add("The " + o + " " + k);
      }
    }
    return out;
  }

  /** Whether {@code dataDir} already holds this corpus at this size and seed. */
  public static boolean present(Path dataDir, int count, long seed) {
    Path marker = dataDir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(marker)) {
      p.load(r);
    } catch (IOException e) {
      return false;
    }
    return String.valueOf(count).equals(p.getProperty("docs")) && String.valueOf(seed).equals(p.getProperty("seed"))
        && String.valueOf(VERSION).equals(p.getProperty("version"));
  }

  /**
   * Writes {@code count} articles into a new data folder's store and index, then the marker saying so.
   *
   * @param progress hears the number written so far
   * @throws IllegalArgumentException when {@code dataDir} already holds a store
   */
  public void write(Path dataDir, int count, long seed, LongConsumer progress) {
    EngineConfig config = new EngineConfig(dataDir, 1, 1000, EngineConfig.DEFAULT_NEAR_THRESHOLD);
    if (Files.exists(config.storeFile())) {
      throw new IllegalArgumentException(dataDir + " already holds a store; give an empty or new folder");
    }
    Deduplicator signatures = new Deduplicator(EngineConfig.DEFAULT_NEAR_THRESHOLD, hash -> Optional.empty());
    Clock clock = Clock.systemUTC();
    List<String> sources = sources();
    try (SqliteStore store = SqliteStore.open(config.storeFile(), clock);
        LuceneIndex index = LuceneIndex.open(config.indexDir())) {
      for (int i = 0; i < count; i++) {
        Random random = new Random(seed * 1_000_003L + i);
        Article a = copy(i, random, sources);
        long seq = store.put(a, signatures.signature(a));
        index.index(new StoredArticle(a, seq, clock.instant()), facets(random));
        if ((i + 1) % 1000 == 0 || i + 1 == count) {
          store.commit();
          progress.accept(i + 1);
        }
        if ((i + 1) % 20_000 == 0) {
          index.commit(seq); // bounds the writer's memory on big runs
        }
      }
      index.commit(store.maxSeq());
    }
    writeMarker(dataDir, count, seed);
  }

  private Article copy(int n, Random random, List<String> sources) {
    Article seed = seeds.get(n % seeds.size());
    String title = vary(seed.title().isBlank() ? paragraphs.get(0).substring(0, 40) : seed.title(), random, 0.25);
    StringBuilder text = new StringBuilder();
    int count = 3 + random.nextInt(5);
    for (int p = 0; p < count; p++) {
      if (p > 0) {
        text.append("\n\n");
      }
      text.append(vary(paragraphs.get(random.nextInt(paragraphs.size())), random, 0.1));
    }
    String source = sources.get(random.nextInt(sources.size()));
    URI url = URI.create("https://bench.invalid/" + source.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "/" + n);
    String body = text.toString();
    Instant published = FIRST.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
    return new Article(ArticleId.fromUrl(url), url, url, source, title, null, published, new Lang("en"), body,
        List.of(), null, null, ArticleId.sha256Hex(body), "bench-serve copy " + n);
  }

  /** Swaps about {@code share} of the words of {@code s} for words of the corpus. */
  private String vary(String s, Random random, double share) {
    String[] parts = s.split(" ");
    for (int i = 0; i < parts.length; i++) {
      if (random.nextDouble() < share && parts[i].chars().allMatch(Character::isLetter)) {
        parts[i] = words.get(random.nextInt(words.size()));
      }
    }
    return String.join(" ", parts);
  }

  private static FacetValues facets(Random random) {
    List<String> entities = new ArrayList<>();
    List<String> places = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    for (int k = random.nextInt(4); k > 0; k--) {
      entities.add(ENTITIES[random.nextInt(ENTITIES.length)]);
    }
    for (int k = random.nextInt(3); k > 0; k--) {
      places.add(PLACES[random.nextInt(PLACES.length)]);
      countries.add(COUNTRIES[random.nextInt(COUNTRIES.length)]);
    }
    return new FacetValues(entities, places, countries);
  }

  private static void writeMarker(Path dataDir, int count, long seed) {
    Properties p = new Properties();
    p.setProperty("docs", String.valueOf(count));
    p.setProperty("seed", String.valueOf(seed));
    p.setProperty("version", String.valueOf(VERSION));
    try (Writer w = Files.newBufferedWriter(dataDir.resolve(MARKER))) {
      p.store(w, "guard bench serve: a generated archive, reused by later runs");
    } catch (IOException e) {
      throw new UncheckedIOException(dataDir + ": cannot write " + MARKER, e);
    }
  }
}
