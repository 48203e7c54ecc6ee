package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.ResolverWeights;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerProgress;
import io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command-line entry until the CLI wires {@code guard eval geoparse}:
 * {@code --corpus lgl|gwn|PATH [--gold-toponyms | --recognizer gazetteer-only] [--out FILE]
 * [--geonames DIR | --gazetteer DATA_DIR]}.
 * {@code --gazetteer} uses the Lucene gazetteer of a data folder, installing it from the GeoNames folder first
 * when there is none; otherwise the GeoNames files are read into memory. This module has no NLP engine: end
 * to end runs here use {@link CapitalisedAnnotator} (gazetteer evidence only, no NER); the CLI passes its
 * CoreNLP Annotator to {@link GeoparseEvaluation} instead.
 */
public final class GeoparseEvalMain {
  private GeoparseEvalMain() {}

  public static void main(String[] args) {
    String corpus = "lgl";
    boolean gold = false;
    Path out = null;
    Path geonames = sharedData().resolve("geonames");
    Path dataDir = null;
    Annotator annotator = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = args[++i];
        case "--gold-toponyms" -> gold = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--geonames" -> geonames = Path.of(args[++i]);
        case "--gazetteer" -> dataDir = Path.of(args[++i]);
        case "--recognizer" -> annotator = gazetteerOnly(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --corpus lgl|gwn|PATH [--gold-toponyms] [--out FILE] [--geonames DIR]");
      }
    }
    GeoCorpus read = GeoCorpus.read(corpusFile(corpus), corpus);
    read.problems().forEach(p -> System.err.println("skipped " + p));
    try (Gazetteer gazetteer = dataDir == null ? GeonamesFileGazetteer.load(geonames) : lucene(dataDir, geonames)) {
      Report report = new GeoparseEvaluation(gazetteer,
          gold ? null : annotator == null ? new CapitalisedAnnotator() : annotator, ResolverWeights.DEFAULT).run(read, gold);
      System.out.print(report.table());
      if (out != null) {
        write(report, out);
        System.out.println("wrote " + report.resolved().size() + " resolved toponyms to " + out);
      }
    }
  }

  private static Annotator gazetteerOnly(String name) {
    if (!name.equals("gazetteer-only")) {
      throw new IllegalArgumentException("unknown recognizer " + name + "; this module offers gazetteer-only");
    }
    return new CapitalisedAnnotator();
  }

  /** The Lucene gazetteer of {@code dataDir}, installed from {@code geonames} when missing. */
  public static Gazetteer lucene(Path dataDir, Path geonames) {
    if (!Files.isDirectory(dataDir.resolve(GazetteerInstaller.INDEX_FOLDER))) {
      System.err.println("installing the gazetteer from " + geonames + " into " + dataDir);
      new GazetteerInstaller().installFrom(geonames, dataDir, GazetteerProgress.NONE);
    }
    return LuceneGazetteer.open(dataDir);
  }

  /** {@code lgl} and {@code gwn} name the shared corpora; anything else is a path. */
  public static Path corpusFile(String corpus) {
    return switch (corpus) {
      case "lgl" -> sharedData().resolve("geoparsing/lgl.xml");
      case "gwn" -> sharedData().resolve("geoparsing/GWN.xml");
      default -> Path.of(corpus);
    };
  }

  /** System property {@code guard.shared.data}, else {@code ../shared/data}. */
  public static Path sharedData() {
    return Path.of(System.getProperty("guard.shared.data", "../shared/data"));
  }

  /** Writes each resolved toponym as a TSV row (system, doc, span, geonameid, lat, lon, gold id, error). */
  public static void write(Report report, Path file) {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.println(Resolved.TSV_HEADER);
      report.resolved().forEach(r -> w.println(r.tsv()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
