package io.uncrowned.guard.understand.places.gazetteer;

import io.uncrowned.guard.understand.places.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a gazetteer from a GeoNames folder and times look-ups. Not a test: run it by hand, e.g.
 *
 * <pre>
 * java -cp guard-engine/target/classes:guard-engine/target/test-classes:$(cat cp.txt) \
 *   io.uncrowned.guard.understand.places.gazetteer.GazetteerBenchmark FOLDER DATA_DIR
 * </pre>
 *
 * Pass {@code --reuse} as a third argument to time look-ups on an existing index without importing.
 */
public final class GazetteerBenchmark {
  private static final List<String> NAMES = List.of("Kharkiv", "Kiev", "Springfield", "Paris", "London",
      "Харків", "Texas", "Russia", "New York", "Charkiw", "Kharkow", "Springfeld", "Mumbai", "Lagos", "Berlin");

  private GazetteerBenchmark() { }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Path dataDir = Path.of(args[1]);
    if (args.length < 3 || !args[2].equals("--reuse")) {
      long t0 = System.nanoTime();
      ImportReport report = new GazetteerInstaller().installFrom(folder, dataDir, GazetteerProgress.NONE);
      System.out.printf("import: %.1f s, %d places, %d synthesized, %d skipped rows, index %.1f MB%n",
          (System.nanoTime() - t0) / 1e9, report.places(), report.synthesized(), report.skippedRows(),
          sizeOf(dataDir.resolve(GazetteerInstaller.INDEX_FOLDER)) / 1e6);
      report.sources().forEach(s -> System.out.println("  " + s));
      report.problems().forEach(p -> System.out.println("  problem " + p));
    }
    try (LuceneGazetteer gazetteer = LuceneGazetteer.open(dataDir)) {
      for (String name : NAMES) {
        List<Place> c = gazetteer.candidates(name, 3);
        System.out.println(name + " -> " + c.stream()
            .map(p -> p.geonameId() + " " + p.name() + " " + p.countryCode() + "." + p.admin1Code() + " "
                + p.featureCode() + " " + p.population())
            .toList());
      }
      time(gazetteer, List.of("Kharkiv", "Kiev", "Springfield", "Paris", "Texas", "Berlin"), "exact");
      time(gazetteer, List.of("Харків", "Москва"), "transliterated");
      time(gazetteer, List.of("Springfeld", "Kharkow", "Philadelpia"), "fuzzy");
    }
  }

  private static void time(LuceneGazetteer gazetteer, List<String> names, String label) {
    int rounds = label.equals("fuzzy") ? 2_000 : 20_000;
    for (int i = 0; i < rounds; i++) {
      gazetteer.candidates(names.get(i % names.size()), 10);
    }
    // CPU time of this thread as well as wall time: the build machine is shared, and waiting for a core
    // is not the look-up's cost.
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      gazetteer.candidates(names.get(i % names.size()), 10);
    }
    System.out.printf("%s look-up, max 10: %.1f µs wall, %.1f µs CPU, mean over %d%n", label,
        (System.nanoTime() - t0) / 1e3 / rounds, (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / rounds,
        rounds);
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
