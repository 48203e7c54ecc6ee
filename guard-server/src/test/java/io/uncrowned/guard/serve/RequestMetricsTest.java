package io.uncrowned.guard.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {
  @Test
  void countsByStatusAndFillsCumulativeBuckets() {
    RequestMetrics m = new RequestMetrics();
    m.record("GET", "/api/search", 200, 3_000_000); // 3 ms
    m.record("GET", "/api/search", 200, 40_000_000); // 40 ms
    m.record("GET", "/api/search", 400, 500_000);
    String text = m.render(Map.of("guard_articles", new RequestMetrics.Gauge("Articles.", 29)));
    assertTrue(text.contains("guard_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"} 2\n"), text);
    assertTrue(text.contains("guard_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"400\"} 1\n"), text);
    assertTrue(text.contains("route=\"/api/search\",le=\"0.001\"} 1\n"), "0.5 ms in the first bucket: " + text);
    assertTrue(text.contains("route=\"/api/search\",le=\"0.005\"} 2\n"), "cumulative: " + text);
    assertTrue(text.contains("route=\"/api/search\",le=\"0.05\"} 3\n"), text);
    assertTrue(text.contains("route=\"/api/search\",le=\"+Inf\"} 3\n"), text);
    assertTrue(text.contains("guard_http_request_duration_seconds_count{method=\"GET\",route=\"/api/search\"} 3\n"), text);
    assertTrue(text.contains("# TYPE guard_articles gauge\nguard_articles 29\n"), text);
  }

  @Test
  void labelValuesAreEscaped() {
    RequestMetrics m = new RequestMetrics();
    m.record("GET", "/odd\"route", 404, 1);
    assertTrue(m.render(Map.of()).contains("route=\"/odd\\\"route\""));
  }
}
