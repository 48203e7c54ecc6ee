package io.uncrowned.guard.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The article-extraction benchmark as laid out on disk: {@code ground-truth.json}, {@code html/<id>.html.gz}
 * and the published tools' bodies in {@code output/<tool>.json} (plain or wrapped in {@code {"output": …}}).
 */
public final class BenchmarkDataset {
  private final Path root;
  private final ObjectMapper json = new ObjectMapper();

  private BenchmarkDataset(Path root) {
    this.root = root;
  }

  /**
   * Opens the dataset folder.
   *
   * @throws IllegalArgumentException when the folder has no {@code ground-truth.json}
   */
  public static BenchmarkDataset at(Path root) {
    if (!Files.isRegularFile(root.resolve("ground-truth.json"))) {
      throw new IllegalArgumentException("not an article-extraction benchmark (no ground-truth.json): " + root);
    }
    return new BenchmarkDataset(root);
  }

  /** The default location: system property {@code guard.shared.data}, else {@code ../shared/data}. */
  public static Path defaultLocation() {
    String shared = System.getProperty("guard.shared.data", "../shared/data");
    return Path.of(shared).resolve("article-extraction-benchmark");
  }

  public Path root() {
    return root;
  }

  /** Gold article bodies by page id, sorted by id. */
  public Map<String, String> gold() {
    return bodies(read(root.resolve("ground-truth.json")));
  }

  /** All pages, sorted by id, each decoded with jsoup's charset sniffing. */
  public List<BenchmarkPage> pages() {
    List<BenchmarkPage> pages = new ArrayList<>();
    for (Map.Entry<String, String> e : gold().entrySet()) {
      pages.add(page(e.getKey(), e.getValue()));
    }
    return pages;
  }

  /** The published tools' predictions: tool name (file name without {@code .json}) to bodies by id. */
  public Map<String, Map<String, String>> published() {
    Map<String, Map<String, String>> tools = new TreeMap<>();
    Path dir = root.resolve("output");
    if (!Files.isDirectory(dir)) {
      return tools;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String name = f.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode node = read(f);
        tools.put(name, bodies(node.has("output") ? node.get("output") : node));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tools;
  }

  private BenchmarkPage page(String id, String gold) {
    Path file = root.resolve("html").resolve(id + ".html.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] bytes = in.readAllBytes();
      Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "https://benchmark.invalid/" + id);
      return new BenchmarkPage(id, new String(bytes, doc.charset()), doc, gold);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private JsonNode read(Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Map<String, String> bodies(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode body = e.getValue().get("articleBody");
      out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
    }
    return out;
  }

  /** Writes bodies in the benchmark's own shape, {@code {"<id>": {"articleBody": "…"}}}. */
  public static void writeBodies(Map<String, String> bodies, Path out) {
    Map<String, Map<String, String>> shaped = new LinkedHashMap<>();
    bodies.forEach((id, body) -> shaped.put(id, Map.of("articleBody", body)));
    try {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), shaped);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }
}
