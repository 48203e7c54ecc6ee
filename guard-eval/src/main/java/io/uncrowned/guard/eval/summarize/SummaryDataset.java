package io.uncrowned.guard.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSONL summarisation set: {@code doc_id}, {@code src}, {@code ref_summ} or {@code ref_summs}, and
 * optionally {@code sys_summs} as {@code {"NAME": {"sys_summ": "…"}}} or {@code {"NAME": "…"}} (SummEval and
 * Newsroom in {@code ../shared/data/summaries}). Bad rows are reported, not thrown.
 */
public final class SummaryDataset {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The readable rows and one problem line per unreadable one. */
  public record Read(List<SummaryDoc> docs, List<String> problems) {
    public Read {
      docs = List.copyOf(docs);
      problems = List.copyOf(problems);
    }
  }

  private SummaryDataset() {}

  /** Default location: {@code <shared data>/summaries/SummEval.jsonl}. */
  public static Path defaultLocation() {
    return Path.of(System.getProperty("guard.shared.data", "../shared/data")).resolve("summaries/SummEval.jsonl");
  }

  /** Reads up to {@code limit} rows (all when {@code limit} ≤ 0). */
  public static Read read(Path file, int limit) {
    List<SummaryDoc> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null && (limit <= 0 || docs.size() < limit); line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          docs.add(row(JSON.readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
          problems.add(file + ":" + lineNo + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Read(docs, problems);
  }

  private static SummaryDoc row(JsonNode n) {
    String id = n.path("doc_id").asText(null);
    String src = n.path("src").asText(null);
    if (id == null || src == null) {
      throw new IllegalArgumentException("row without doc_id or src");
    }
    List<String> refs = new ArrayList<>();
    n.path("ref_summs").forEach(r -> refs.add(r.asText()));
    if (refs.isEmpty() && n.hasNonNull("ref_summ")) {
      refs.add(n.get("ref_summ").asText());
    }
    if (refs.isEmpty()) {
      throw new IllegalArgumentException(id + ": no ref_summ or ref_summs");
    }
    Map<String, String> systems = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.path("sys_summs").properties()) {
      JsonNode v = e.getValue();
      systems.put(e.getKey(), v.isTextual() ? v.asText() : v.path("sys_summ").asText(""));
    }
    return new SummaryDoc(id, src, refs, systems);
  }
}
