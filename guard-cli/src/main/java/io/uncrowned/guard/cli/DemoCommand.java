package io.uncrowned.guard.cli;

import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.pipeline.IngestReport;
import io.uncrowned.guard.search.Facet;
import io.uncrowned.guard.search.SearchHit;
import io.uncrowned.guard.search.SearchRequest;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code guard demo}: ingest the bundled synthetic sample corpus, show what was found, then serve it (API and
 * web UI) until Ctrl-C unless {@code --no-serve}.
 */
@Command(name = "demo", description = "Ingest the bundled sample corpus into --data, show what it found, then"
    + " serve it on http://127.0.0.1:8080/ until Ctrl-C (--no-serve: stop after ingesting).")
final class DemoCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Corpus folder. Default: samples/corpus of the Guard installation.")
  Path corpus;

  @Option(names = "--no-progress", description = "Hide the progress bar.")
  boolean noProgress;

  @Option(names = "--no-serve", description = "Stop after ingesting instead of serving the result.")
  boolean noServe;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port to serve on (default: setting serve.port, 8080; 0: any free port).")
  Integer port;

  @Override
  public Integer call() throws InterruptedException {
    Path dir = corpus != null ? corpus : defaultCorpus();
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("error: " + dir + ": sample corpus not found (pass --corpus DIR)");
      return 1;
    }
    Path dataDir = data.settings().dataDir();
    if (!ensureGazetteer(dataDir, out)) {
      data.set.put("understand.enabled", "false");
    }
    out.println("Ingesting the synthetic sample corpus from " + dir + " into " + dataDir);
    IngestReport report;
    try (GuardEngine engine = Engines.openForIngest(data, false)) {
      report = IngestCommand.run(engine, List.of(dir.toString()), IngestCommand.showProgress(noProgress), spec);
      IngestCommand.placeInStories(engine, data.settings(), report);
      out.println();
      StatsCommand.print(out, engine.stats(), engine.indexedDocuments());
      printFacets(out, engine);
      for (String q : List.of("congestion charge", "water restrictions", "export licence")) {
        showTop(out, engine, q);
      }
      out.println();
      out.println("Try: ./guard search \"your words\" --data " + data.settings().dataDir() + "   then ./guard show ID");
      out.flush();
    }
    if (!noServe) {
      serve(out);
    }
    return report.nothingFailed() ? 0 : 1;
  }

  /**
   * Serves what was ingested. The ingest engine (and its NLP models) is closed first and the folder reopened
   * for reading: the demo's server only reads, so ingest over HTTP stays refused even when a token is set.
   */
  private void serve(PrintWriter out) throws InterruptedException {
    if (port != null) {
      data.set.put("serve.port", port.toString());
    }
    GuardSettings settings = Engines.settings(data, false);
    try (GuardEngine engine = GuardEngine.openForReading(settings.engineConfig())) {
      out.println();
      ServeCommand.serve(engine, settings.serve().withToken(""), settings, out);
    }
  }

  /** What the understanding layer found across the corpus: the most named actors, places and countries. */
  private static void printFacets(PrintWriter out, GuardEngine engine) {
    var facets = engine.search(SearchRequest.of("")).facets();
    for (Facet facet : new Facet[] {Facet.ENTITY, Facet.PLACE, Facet.COUNTRY, Facet.POLICY_KIND}) {
      var counts = facets.getOrDefault(facet, java.util.List.of());
      if (!counts.isEmpty()) {
        out.printf("top %s: %s%n", facet.name().toLowerCase(java.util.Locale.ROOT),
            String.join(", ", counts.stream().map(c -> c.value() + " (" + c.count() + ")").toList()));
      }
    }
  }

  private static void showTop(PrintWriter out, GuardEngine engine, String query) {
    var result = engine.search(new SearchRequest(query, java.util.Set.of(), java.util.Set.of(), null, null, 0, 3));
    out.printf("%nsearch \"%s\": %d hits%n", query, result.totalHits());
    for (SearchHit h : result.hits()) {
      out.printf("  %s  %s (%s)%n", h.id(), h.title(), h.source());
    }
  }

  /**
   * The demo needs no set-up: without a gazetteer it installs one from the GeoNames files beside the
   * installation (../shared/data/geonames) when they are there, and otherwise goes on without places.
   */
  private boolean ensureGazetteer(Path dataDir, PrintWriter out) {
    if (Files.isDirectory(dataDir.resolve(GazetteerInstaller.INDEX_FOLDER))) {
      return true;
    }
    Path geonames = Path.of(home(), "..", "shared", "data", "geonames").normalize();
    if (!Files.isDirectory(geonames)) {
      out.println("No gazetteer yet: articles are stored without entities and places."
          + " Run `./guard gazetteer install` (download) or `--from DIR` (GeoNames files) to add them.");
      return false;
    }
    out.println("Installing the gazetteer from " + geonames + " (once)...");
    out.flush();
    try (GazetteerCommand.Progress progress = new GazetteerCommand.Progress(IngestCommand.showProgress(noProgress))) {
      new GazetteerInstaller().installFrom(geonames, dataDir, progress);
    }
    return true;
  }

  private static String home() {
    return System.getProperty("guard.home", System.getenv().getOrDefault("GUARD_HOME", "."));
  }

  static Path defaultCorpus() {
    return Path.of(home(), "samples", "corpus");
  }
}
