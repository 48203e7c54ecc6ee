package io.uncrowned.guard.eval.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code guard eval extraction}: runs our extractor and the in-process baselines over the
 * article-extraction benchmark, scores them and the published tools with {@link ShingleMetric}, and
 * reports all of them side by side.
 */
public final class ExtractionEvaluation {
  private final BenchmarkDataset dataset;
  private final List<BodyExtractor> systems;
  private final boolean includePublished;

  private ExtractionEvaluation(BenchmarkDataset dataset, List<BodyExtractor> systems, boolean includePublished) {
    this.dataset = dataset;
    this.systems = List.copyOf(systems);
    this.includePublished = includePublished;
  }

  /** Ours, readability4j, boilerpipe and every published tool, over the dataset folder. */
  public static ExtractionEvaluation of(Path dataset) {
    return new ExtractionEvaluation(BenchmarkDataset.at(dataset), Baselines.all(), true);
  }

  /** Only the given in-process systems (the first is taken as ours for {@link Report#predictions()}). */
  public static ExtractionEvaluation of(Path dataset, List<BodyExtractor> systems, boolean includePublished) {
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("no system to evaluate");
    }
    return new ExtractionEvaluation(BenchmarkDataset.at(dataset), systems, includePublished);
  }

  /** Runs every system over every page; a failure on one page is scored as an empty prediction. */
  public Report run() {
    List<BenchmarkPage> pages = dataset.pages();
    List<Report.Row> rows = new ArrayList<>();
    Map<String, String> ours = new LinkedHashMap<>();
    for (int s = 0; s < systems.size(); s++) {
      BodyExtractor system = systems.get(s);
      Map<String, String> bodies = new LinkedHashMap<>();
      int failures = 0;
      for (BenchmarkPage page : pages) {
        String body;
        try {
          body = system.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
          failures++;
          body = "";
        }
        bodies.put(page.id(), body);
      }
      if (s == 0) {
        ours.putAll(bodies);
      }
      rows.add(row(system.name(), "in-process", pages, bodies, failures));
    }
    if (includePublished) {
      dataset.published().forEach((name, bodies) -> rows.add(row(name, "published", pages, bodies, 0)));
    }
    return new Report(pages.size(), rows, ours);
  }

  /** Per-page scores of one set of bodies, in the dataset's id order. */
  public static List<PageScore> pageScores(List<BenchmarkPage> pages, Map<String, String> bodies) {
    return pages.stream().map(p -> ShingleMetric.score(p.gold(), bodies.getOrDefault(p.id(), ""))).toList();
  }

  private static Report.Row row(String name, String origin, List<BenchmarkPage> pages, Map<String, String> bodies, int failures) {
    List<PageScore> scores = pageScores(pages, bodies);
    List<PageScore> even = new ArrayList<>();
    List<PageScore> odd = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      (i % 2 == 0 ? even : odd).add(scores.get(i));
    }
    return new Report.Row(name, origin, ShingleMetric.average(scores), ShingleMetric.average(even),
        ShingleMetric.average(odd), failures);
  }
}
