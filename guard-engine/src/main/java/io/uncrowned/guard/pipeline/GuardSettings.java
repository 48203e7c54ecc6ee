package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.collect.CollectOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting of the embedded engine, bound from the documented defaults file ({@code
 * guard-defaults.properties} beside this class), then a {@code guard.properties} in the data folder, then
 * {@code GUARD_*} environment variables, then explicit overrides (command-line flags), the last winning.
 */
public record GuardSettings(
    Path dataDir,
    int threads,
    int batchSize,
    double nearDuplicateThreshold,
    CollectOptions collect,
    boolean understand,
    int maxChunkChars,
    ServeOptions serve,
    Duration storiesColdAfter) {

  static final String DEFAULTS = "guard-defaults.properties";
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  /** The settings for this environment and these overrides (key to value, as in the defaults file). */
  public static GuardSettings load(Map<String, String> environment, Map<String, String> overrides) {
    Map<String, String> values = defaults();
    Map<String, String> explicit = new LinkedHashMap<>(fromEnvironment(values, environment));
    explicit.putAll(checked(values, overrides));
    Path dataDir = Path.of(explicit.getOrDefault("data.dir", values.get("data.dir")));
    values.putAll(checked(values, fromFile(dataDir.resolve("guard.properties"))));
    values.putAll(explicit);
    return bind(values);
  }

  /** Settings from the defaults alone, with a data folder: for tests and embedding. */
  public static GuardSettings defaultsFor(Path dataDir) {
    return load(Map.of(), Map.of("data.dir", dataDir.toString()));
  }

  public EngineConfig engineConfig() {
    return new EngineConfig(dataDir, threads, batchSize, nearDuplicateThreshold);
  }

  private static GuardSettings bind(Map<String, String> v) {
    int threads = integer(v, "ingest.threads");
    CollectOptions collect =
        new CollectOptions(
            longValue(v, "collect.max-document-bytes"),
            integer(v, "collect.max-redirects"),
            duration(v, "collect.connect-timeout"),
            duration(v, "collect.read-timeout"),
            bool(v, "collect.allow-private-addresses"),
            v.get("collect.user-agent"),
            integer(v, "collect.max-links-per-container"));
    return new GuardSettings(
        Path.of(v.get("data.dir")),
        threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
        integer(v, "ingest.batch-size"),
        Double.parseDouble(v.get("dedupe.near-threshold")),
        collect,
        bool(v, "understand.enabled"),
        integer(v, "understand.max-chunk-chars"),
        new ServeOptions(
            v.get("serve.host"),
            integer(v, "serve.port"),
            v.get("serve.token"),
            longValue(v, "serve.max-body-bytes")),
        isoDuration(v, "stories.cold-after"));
  }

  static Map<String, String> defaults() {
    try (InputStream in = GuardSettings.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new LinkedHashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).strip()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(DEFAULTS + " is unreadable", e);
    }
  }

  private static Map<String, String> fromEnvironment(Map<String, String> known, Map<String, String> env) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : known.keySet()) {
      String value = env.get(environmentName(key));
      if (value != null && !value.isBlank()) {
        out.put(key, value.strip());
      }
    }
    return out;
  }

  /** {@code collect.read-timeout} is read from {@code GUARD_COLLECT_READ_TIMEOUT}. */
  public static String environmentName(String key) {
    return "GUARD_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static Map<String, String> fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(r);
      Map<String, String> out = new LinkedHashMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).strip()));
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": unreadable settings file: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> checked(Map<String, String> known, Map<String, String> given) {
    for (String key : given.keySet()) {
      if (!known.containsKey(key)) {
        throw new IllegalArgumentException(
            "unknown setting '" + key + "'; known settings: " + String.join(", ", new TreeSet<>(known.keySet())));
      }
    }
    return given;
  }

  private static int integer(Map<String, String> v, String key) {
    return (int) longValue(v, key);
  }

  private static long longValue(Map<String, String> v, String key) {
    try {
      return Long.parseLong(v.get(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " is not a whole number: " + v.get(key), e);
    }
  }

  private static boolean bool(Map<String, String> v, String key) {
    String s = v.get(key).toLowerCase(Locale.ROOT);
    if (!s.equals("true") && !s.equals("false")) {
      throw new IllegalArgumentException("setting " + key + " is not true or false: " + v.get(key));
    }
    return Boolean.parseBoolean(s);
  }

  /** An ISO-8601 duration such as {@code P7D} or {@code PT36H}, positive. */
  private static Duration isoDuration(Map<String, String> v, String key) {
    try {
      Duration d = Duration.parse(v.get(key).strip());
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("setting " + key + " must be positive: " + v.get(key));
      }
      return d;
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("setting " + key + " is not a duration like P7D or PT36H: " + v.get(key), e);
    }
  }

  private static Duration duration(Map<String, String> v, String key) {
    Matcher m = DURATION.matcher(v.get(key).strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("setting " + key + " is not a duration like 30s or 500ms: " + v.get(key));
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }
}
