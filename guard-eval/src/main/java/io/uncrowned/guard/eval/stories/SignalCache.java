package io.uncrowned.guard.eval.stories;

import io.uncrowned.guard.stories.ArticleSignals;
import io.uncrowned.guard.store.ArticleJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signals computed in an earlier run, one JSON line per document, so tuning can be repeated without running
 * the NLP models again. A cache without a file keeps nothing.
 */
public final class SignalCache {
  private final Path file;
  private final ArticleJson json = new ArticleJson();
  private final Map<String, ArticleSignals> known = new LinkedHashMap<>();
  private final Map<String, ArticleSignals> added = new LinkedHashMap<>();

  private SignalCache(Path file) {
    this.file = file;
  }

  /** A cache kept in {@code file} (read now when it exists); null for none. */
  public static SignalCache at(Path file) {
    SignalCache c = new SignalCache(file);
    if (file != null && Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            c.known.put(line.substring(0, tab), c.json.read(line.substring(tab + 1), ArticleSignals.class));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": unreadable cache", e);
      }
    }
    return c;
  }

  Optional<ArticleSignals> find(String doc) {
    return Optional.ofNullable(known.get(doc));
  }

  void put(String doc, ArticleSignals s) {
    known.put(doc, s);
    added.put(doc, s);
  }

  void flush() {
    if (file == null || added.isEmpty()) {
      return;
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      for (var e : added.entrySet()) {
        w.write(e.getKey() + "\t" + json.write(e.getValue()) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the cache", e);
    }
    added.clear();
  }
}
