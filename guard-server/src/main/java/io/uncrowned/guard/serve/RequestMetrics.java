package io.uncrowned.guard.serve;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latency per route, rendered in the Prometheus text format. Routes are path templates
 * ({@code /api/articles/{id}}), never raw paths, so the number of series stays bounded. Thread-safe.
 */
final class RequestMetrics {
  /** Histogram bucket bounds in seconds: from a cached lookup to a slow ingest. */
  private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private record Key(String method, String route) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = route.compareTo(o.route);
      return c != 0 ? c : method.compareTo(o.method);
    }
  }

  private record CountKey(Key key, int status) implements Comparable<CountKey> {
    @Override
    public int compareTo(CountKey o) {
      int c = key.compareTo(o.key);
      return c != 0 ? c : Integer.compare(status, o.status);
    }
  }

  /** Cumulative-free bucket counts (one per bound plus +Inf) and the sum of seconds as nanoseconds. */
  private static final class Histogram {
    final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length + 1);
    final LongAdder sumNanos = new LongAdder();
    final LongAdder count = new LongAdder();

    void observe(long nanos) {
      double seconds = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS.length && seconds > BUCKETS[i]) {
        i++;
      }
      buckets.incrementAndGet(i);
      sumNanos.add(nanos);
      count.increment();
    }
  }

  private final Map<CountKey, LongAdder> counts = new ConcurrentHashMap<>();
  private final Map<Key, Histogram> latency = new ConcurrentHashMap<>();

  /** Records one finished request. */
  void record(String method, String route, int status, long nanos) {
    Key key = new Key(method, route);
    counts.computeIfAbsent(new CountKey(key, status), k -> new LongAdder()).increment();
    latency.computeIfAbsent(key, k -> new Histogram()).observe(nanos);
  }

  /** The request series, then the given gauges ({@code name → value}, each with its help text). */
  String render(Map<String, Gauge> gauges) {
    StringBuilder s = new StringBuilder();
    s.append("# HELP guard_http_requests_total HTTP requests answered, by method, route and status.\n");
    s.append("# TYPE guard_http_requests_total counter\n");
    new TreeMap<>(counts).forEach((k, n) -> s.append("guard_http_requests_total{method=\"").append(k.key().method())
        .append("\",route=\"").append(escape(k.key().route())).append("\",status=\"").append(k.status())
        .append("\"} ").append(n.sum()).append('\n'));
    s.append("# HELP guard_http_request_duration_seconds Time to answer a request, by method and route.\n");
    s.append("# TYPE guard_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency).forEach((k, h) -> histogram(s, k, h));
    gauges.forEach((name, g) -> {
      s.append("# HELP ").append(name).append(' ').append(g.help()).append('\n');
      s.append("# TYPE ").append(name).append(" gauge\n");
      s.append(name).append(' ').append(g.value()).append('\n');
    });
    return s.toString();
  }

  /** A value sampled when the metrics are read. */
  record Gauge(String help, long value) {}

  private static void histogram(StringBuilder s, Key k, Histogram h) {
    String labels = "method=\"" + k.method() + "\",route=\"" + escape(k.route()) + "\"";
    long cumulative = 0;
    for (int i = 0; i <= BUCKETS.length; i++) {
      cumulative += h.buckets.get(i);
      String le = i < BUCKETS.length ? trim(BUCKETS[i]) : "+Inf";
      s.append("guard_http_request_duration_seconds_bucket{").append(labels).append(",le=\"").append(le)
          .append("\"} ").append(cumulative).append('\n');
    }
    s.append("guard_http_request_duration_seconds_sum{").append(labels).append("} ")
        .append(String.format(Locale.ROOT, "%.6f", h.sumNanos.sum() / 1e9)).append('\n');
    s.append("guard_http_request_duration_seconds_count{").append(labels).append("} ").append(h.count.sum())
        .append('\n');
  }

  private static String trim(double d) {
    String s = Double.toString(d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
