package io.uncrowned.guard.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.SearchRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchFormTest {
  private static SearchForm form(String q, Map<String, List<String>> filters, String from, String to) {
    return new SearchForm(q, filters, from, to, 20);
  }

  @Test
  void linksAddAndRemoveOneFilterAndGoBackToTheFirstPage() {
    SearchForm f = form("charge & toll", Map.of("source", List.of("Harbour & Crown")), "", "");
    assertEquals("q=charge+%26+toll&source=Harbour+%26+Crown&offset=20", f.query());
    SearchForm more = f.with("place", "Kraków");
    assertEquals("/?q=charge+%26+toll&source=Harbour+%26+Crown&place=Krak%C3%B3w", more.href("/"));
    assertEquals("/?q=charge+%26+toll&place=Krak%C3%B3w", more.without("source", "Harbour & Crown").href("/"));
    assertEquals(more, more.with("place", "Kraków"), "adding a filter twice changes nothing");
  }

  @Test
  void theLastDayIsIncludedInTheRange() {
    SearchRequest r = form("", Map.of("lang", List.of("PT"), "country", List.of("PT")), "2024-09-01", "2024-09-30")
        .request(10);
    assertEquals(Instant.parse("2024-09-01T00:00:00Z"), r.from());
    assertEquals(Instant.parse("2024-10-01T00:00:00Z"), r.to());
    assertEquals(Set.of(new Lang("pt")), r.languages());
    assertEquals(Set.of("PT"), r.filters().get(Facet.COUNTRY));
    assertEquals(20, r.offset());
  }

  @Test
  void unusableValuesAreExplainedNotThrown() {
    List<String> problems = form("", Map.of("lang", List.of("english")), "2024-13-01", "2024-01-01").problems();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("english"));
    assertTrue(form("", Map.of(), "2024-02-01", "2024-01-01").problems().get(0).contains("ends before"));
    assertTrue(SearchForm.empty().problems().isEmpty());
  }
}
