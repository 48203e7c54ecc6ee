package io.uncrowned.guard.eval.bench;

import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.search.SearchResult;
import io.uncrowned.guard.serve.GuardServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search latency through the HTTP API ({@code GET /api/search}, a real server and client) beside the same
 * searches run directly on the engine's Lucene index in the same process, at several numbers of
 * concurrent clients. The direct run is the floor: what the server adds is the difference.
 */
public final class ServeBench {
  /** One search of the benchmark, the same for both paths. */
  public record Query(String q, String source, Instant from, Instant to) {
    SearchRequest request() {
      return new SearchRequest(q, source == null ? Set.of() : Set.of(source), Set.of(), from, to, 0, 10);
    }

    String path() {
      StringBuilder s = new StringBuilder("/api/search?limit=10&q=").append(encode(q));
      if (source != null) {
        s.append("&source=").append(encode(source));
      }
      if (from != null) {
        s.append("&from=").append(from);
      }
      if (to != null) {
        s.append("&to=").append(to);
      }
      return s.toString();
    }
  }

  /** Latencies of one path at one concurrency. */
  public record Row(String path, int clients, int requests, double p50Millis, double p99Millis, double perSecond) {}

  private final GuardEngine engine;
  private final GuardServer server;
  private final List<Query> queries;
  private final HttpClient client;

  /** @param server started, over {@code engine} */
  public ServeBench(GuardEngine engine, GuardServer server, List<Query> queries) {
    this.engine = engine;
    this.server = server;
    this.queries = List.copyOf(queries);
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * A fixed mix drawn from the corpus' words with {@code seed}: single words, two words, phrases, and words
   * with a source or date filter; frequent and rare words alike.
   */
  public static List<Query> queries(List<String> words, List<String> sources, int count, long seed) {
    Random random = new Random(seed);
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(words));
    Set<Query> out = new LinkedHashSet<>();
    while (out.size() < count) {
      String a = random.nextBoolean() ? words.get(random.nextInt(words.size())) : distinct.get(random.nextInt(distinct.size()));
      String b = words.get(random.nextInt(words.size()));
      switch (out.size() % 5) {
        case 0, 1 -> out.add(new Query(a, null, null, null));
        case 2 -> out.add(new Query(a + " " + b, null, null, null));
        case 3 -> out.add(new Query("\"" + a + " " + b + "\"", null, null, null));
        default -> {
          int year = 2019 + random.nextInt(6);
          out.add(random.nextBoolean()
              ? new Query(a, sources.get(random.nextInt(sources.size())), null, null)
              : new Query(a, null, Instant.parse(year + "-01-01T00:00:00Z"), Instant.parse((year + 1) + "-01-01T00:00:00Z")));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Runs every query through both paths {@code rounds} times, so that caches and the JIT are warm. */
  public void warmUp(int rounds) {
    for (int r = 0; r < rounds; r++) {
      for (Query q : queries) {
        direct(q);
        http(q);
      }
    }
  }

  /**
   * Both paths at each concurrency, each client sending {@code perClient} searches per path. Each path runs
   * in two halves in the order lucene, http, http, lucene, so that drift in the machine's load (it is
   * shared) weighs on both alike.
   */
  public List<Row> run(int[] concurrency, int perClient) {
    List<Row> rows = new ArrayList<>();
    int half = Math.max(1, perClient / 2);
    for (int clients : concurrency) {
      long[] lucene1 = measure(clients, half, this::direct);
      long[] http1 = measure(clients, half, this::http);
      long[] http2 = measure(clients, half, this::http);
      long[] lucene2 = measure(clients, half, this::direct);
      rows.add(row("lucene", clients, lucene1, lucene2));
      rows.add(row("http", clients, http1, http2));
    }
    return rows;
  }

  /** Nanoseconds per search and, as the last element, the wall-clock nanoseconds of the whole run. */
  private static Row row(String path, int clients, long[] a, long[] b) {
    int n = a.length - 1 + b.length - 1;
    long[] all = new long[n];
    System.arraycopy(a, 0, all, 0, a.length - 1);
    System.arraycopy(b, 0, all, a.length - 1, b.length - 1);
    double wallSeconds = (a[a.length - 1] + b[b.length - 1]) / 1e9;
    Arrays.sort(all);
    return new Row(path, clients, n, percentile(all, 0.50), percentile(all, 0.99), n / wallSeconds);
  }

  private interface Call {
    void run(Query q);
  }

  private long[] measure(int clients, int perClient, Call call) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
      Thread t = new Thread(r, "guard-bench-client-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c * 7;
        futures.add(pool.submit(() -> {
          go.await();
          long[] nanos = new long[perClient];
          for (int k = 0; k < perClient; k++) {
            Query q = queries.get((offset + k) % queries.size());
            long start = System.nanoTime();
            call.run(q);
            nanos[k] = System.nanoTime() - start;
          }
          return nanos;
        }));
      }
      long wallStart = System.nanoTime();
      go.countDown();
      long[] all = new long[clients * perClient + 1];
      int i = 0;
      for (Future<long[]> f : futures) {
        long[] part = f.get();
        System.arraycopy(part, 0, all, i, part.length);
        i += part.length;
      }
      all[all.length - 1] = System.nanoTime() - wallStart;
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a benchmark client failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private void direct(Query q) {
    SearchResult r = engine.search(q.request());
    if (r.totalHits() < 0) {
      throw new IllegalStateException("impossible hit count"); // keeps the result observably used
    }
  }

  private void http(Query q) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + q.path()))
        .timeout(Duration.ofSeconds(30)).GET().build();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(q.path() + " answered " + r.statusCode() + ": " + r.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(q.path(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The rows as a table, with the HTTP/Lucene ratio of p99 at each concurrency and the goal checks. */
  public static String table(List<Row> rows) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%-8s %8s %9s %9s %9s %10s%n", "path", "clients", "requests", "p50 ms",
        "p99 ms", "req/s"));
    for (Row r : rows) {
      s.append(String.format(Locale.ROOT, "%-8s %8d %9d %9.2f %9.2f %10.0f%n", r.path(), r.clients(), r.requests(),
          r.p50Millis(), r.p99Millis(), r.perSecond()));
    }
    s.append('\n');
    for (Row http : rows) {
      if (!http.path().equals("http")) {
        continue;
      }
      Row floor = rows.stream().filter(r -> r.path().equals("lucene") && r.clients() == http.clients()).findFirst()
          .orElseThrow();
      s.append(String.format(Locale.ROOT, "%2d clients: http/lucene p50 %.2fx, p99 %.2fx (+%.2f ms)%n",
          http.clients(), http.p50Millis() / floor.p50Millis(), http.p99Millis() / floor.p99Millis(),
          http.p99Millis() - floor.p99Millis()));
    }
    return s.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
