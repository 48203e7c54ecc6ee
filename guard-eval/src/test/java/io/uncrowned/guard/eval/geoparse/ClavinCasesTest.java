package io.uncrowned.guard.eval.geoparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.PlaceMention;
import io.uncrowned.guard.understand.places.Toponym;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLAVIN co-location cases of {@code ../shared/data/geoparsing/clavin-cases}: each line lists toponyms
 * that, named together, must resolve to the listed GeoNames ids ("-" not asserted, "(empty)" none). The
 * names are joined into one synthetic text, one sentence each. The case without heuristics resolves each
 * name on its own, as CLAVIN's test does with a context window of one. Skips when the data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClavinCasesTest {
  private Gazetteer gazetteer;

  record Case(String name, List<String> toponyms, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void loadGazetteer() {
    gazetteer = GeonamesFileGazetteer.load(TestData.shared("geonames"));
  }

  @AfterAll
  void close() {
    if (gazetteer != null) {
      gazetteer.close();
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(TestData.shared("geoparsing/clavin-cases/clavin_heuristics_cases.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      List<String> expected = f[2].equals("(empty)") ? List.of() : List.of(f[2].split("\\|"));
      out.add(new Case(f[0], List.of(f[1].split("\\|")), expected));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesAsExpected(Case c) {
    check(new ContextResolver(gazetteer), c);
  }

  /** Asserts that {@code resolver} resolves case {@code c} as listed. */
  static void check(ContextResolver resolver, Case c) {
    List<List<PlaceMention>> found = c.name().equals("no_heuristics")
        ? c.toponyms().stream().map(t -> resolve(resolver, List.of(t))).toList()
        : List.of(resolve(resolver, c.toponyms()));
    List<String> got = found.stream().flatMap(List::stream)
        .map(m -> m.text() + "=" + m.place().geonameId()).toList();
    if (c.expected().isEmpty()) {
      assertTrue(got.isEmpty(), "expected nothing, got " + got);
      return;
    }
    for (int i = 0; i < c.expected().size(); i++) {
      String wanted = c.toponyms().get(i) + "=" + c.expected().get(i);
      assertTrue(c.expected().get(i).equals("-") || got.contains(wanted), "wanted " + wanted + ", got " + got);
    }
  }

  private static List<PlaceMention> resolve(ContextResolver resolver, List<String> names) {
    StringBuilder text = new StringBuilder("Synthetic: ");
    List<Span> spans = new ArrayList<>();
    for (String n : names) {
      spans.add(new Span(text.length(), text.length() + n.length()));
      text.append(n).append(". ");
    }
    String t = text.toString();
    return resolver.resolve(t, spans.stream().map(s -> Toponym.of(t, s)).toList());
  }
}
