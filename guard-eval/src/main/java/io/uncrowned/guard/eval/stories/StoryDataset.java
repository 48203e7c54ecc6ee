package io.uncrowned.guard.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the documents of a story-clustering data set: the ECB+ folder ({@code doc_clusters.tsv} beside {@code
 * ECB+/<topic>/<doc>.xml}), or a JSON Lines file of {@code {id, title, text, published, gold}}.
 */
public final class StoryDataset {
  private static final Pattern TOKEN =
      Pattern.compile("<token t_id=\"\\d+\" sentence=\"(\\d+)\" number=\"\\d+\">([^<]*)</token>");
  /** ECB+ texts keep their page address as the first "sentence": a giveaway we drop. */
  private static final Pattern ADDRESS = Pattern.compile("^(https?|www)\\b.*|.*\\s/\\s.*\\s\\.\\s.*");

  private StoryDataset() {}

  /** {@code ../shared/data/stories}, or the {@code guard.shared.data} system property's {@code stories}. */
  public static Path defaultLocation() {
    String shared = System.getProperty("guard.shared.data");
    return (shared != null ? Path.of(shared) : Path.of("..", "shared", "data")).resolve("stories");
  }

  /** The documents of a folder (ECB+) or a JSON Lines file, in file order. */
  public static List<StoryDoc> read(Path location) {
    try {
      return Files.isDirectory(location) ? readEcbPlus(location) : readJsonLines(location);
    } catch (IOException e) {
      throw new UncheckedIOException(location + ": unreadable: " + e.getMessage(), e);
    }
  }

  static List<StoryDoc> readEcbPlus(Path dir) throws IOException {
    List<StoryDoc> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("doc_clusters.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].equals("doc")) {
        continue;
      }
      Path xml = dir.resolve("ECB+").resolve(f[1]).resolve(f[0]);
      if (!Files.isRegularFile(xml)) {
        continue;
      }
      List<String> sentences = sentences(Files.readString(xml, StandardCharsets.UTF_8));
      if (sentences.isEmpty()) {
        continue;
      }
      out.add(new StoryDoc(f[0], sentences.get(0), String.join("\n\n", sentences.subList(1, sentences.size())),
          null, f[1], f[2]));
    }
    return out;
  }

  /** The document's sentences as plain text, page addresses left out. */
  static List<String> sentences(String xml) {
    Map<Integer, StringBuilder> bySentence = new TreeMap<>();
    Matcher m = TOKEN.matcher(xml);
    while (m.find()) {
      StringBuilder s = bySentence.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder());
      String word = unescape(m.group(2));
      if (s.length() > 0 && !word.matches("[.,;:!?')\\]]|'s|n't|''")) {
        s.append(' ');
      }
      s.append(word);
    }
    return bySentence.values().stream().map(StringBuilder::toString).map(String::strip)
        .filter(s -> !s.isEmpty() && !ADDRESS.matcher(s).matches()).toList();
  }

  private static String unescape(String s) {
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'");
  }

  static List<StoryDoc> readJsonLines(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<StoryDoc> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); Stream<String> lines = r.lines()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        String gold = n.path("gold").asText();
        out.add(new StoryDoc(n.path("id").asText(), n.path("title").asText(""), n.path("text").asText(""),
            published(n.path("published").asText(null)), gold, gold));
      }
    }
    return out;
  }

  private static Instant published(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
  }
}
