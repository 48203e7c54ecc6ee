package io.uncrowned.guard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.store.StoredArticle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts are exact up to the sample size and scaled from a fixed-seed sample beyond it, and said to be
 * approximate; totals and hits never change. Synthetic articles from two invented wires.
 */
class FacetSamplingTest {
  private static final int DOCS = 400;

  @TempDir Path dir;

  @Test
  void manyMatchesGiveApproximateButCloseCountsAndExactTotals() {
    try (LuceneIndex sampled = filled(dir.resolve("sampled"), 50); LuceneIndex exact = filled(dir.resolve("exact"), 10_000)) {
      SearchResult approx = sampled.search(SearchRequest.of("levy"));
      SearchResult full = exact.search(SearchRequest.of("levy"));
      assertTrue(approx.facetsApproximate());
      assertFalse(full.facetsApproximate());
      assertEquals(DOCS, approx.totalHits());
      assertEquals(full.totalHits(), approx.totalHits());
      assertEquals(full.hits(), approx.hits(), "sampling touches facets only");
      long north = count(full, "Synthetic North Wire");
      assertEquals(DOCS * 3 / 4, north, "exact count");
      long estimate = count(approx, "Synthetic North Wire");
      assertTrue(Math.abs(estimate - north) <= DOCS / 4, "scaled estimate " + estimate + " near " + north);
      assertEquals(approx.facets(), sampled.search(SearchRequest.of("levy")).facets(), "same search, same counts");
    }
  }

  @Test
  void fewMatchesAreCountedExactlyAndFacetsCanBeSkipped() {
    try (LuceneIndex index = filled(dir.resolve("index"), 150)) {
      SearchResult few = index.search(SearchRequest.of("").withFilter(Facet.SOURCE, Set.of("Synthetic South Wire")));
      assertFalse(few.facetsApproximate());
      assertEquals(DOCS / 4, few.totalHits());
      assertEquals(List.of(new FacetCount("Synthetic South Wire", DOCS / 4)), few.facets().get(Facet.SOURCE));
      SearchResult none = index.search(SearchRequest.of("levy").withoutFacets());
      assertTrue(none.facets().isEmpty());
      assertEquals(DOCS, none.totalHits(), "the total stays exact without facets");
      assertEquals(10, none.hits().size());
    }
  }

  private static long count(SearchResult r, String source) {
    return r.facets().get(Facet.SOURCE).stream().filter(c -> c.value().equals(source)).mapToLong(FacetCount::count)
        .findFirst().orElse(0);
  }

  private static LuceneIndex filled(Path dir, int facetSample) {
    LuceneIndex index = LuceneIndex.open(dir, facetSample);
    for (int i = 0; i < DOCS; i++) {
      String source = i % 4 == 0 ? "Synthetic South Wire" : "Synthetic North Wire";
      String text = "Synthetic report " + i + ": the invented town of Varnby votes on a parking levy.";
      java.net.URI url = java.net.URI.create("https://synthetic.example/" + i);
      Article a = new Article(ArticleId.fromUrl(url), url, null, source, "Levy vote " + i, null,
          Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i), Lang.of("en"), text, List.of(), null, null,
          ArticleId.sha256Hex(text), "synthetic");
      index.index(new StoredArticle(a, i + 1, Instant.parse("2024-06-01T00:00:00Z")), FacetValues.NONE);
    }
    index.commit(DOCS);
    return index;
  }
}
