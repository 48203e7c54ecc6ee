package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The team's seed brief, extracted as ingest would, and the shared data folder; both may be absent. */
final class SeedArticle {
  private SeedArticle() {}

  /** The shared data folder: system property {@code guard.shared.data}, else {@code ../shared/data} of the repository. */
  static Path sharedData() {
    String property = System.getProperty("guard.shared.data");
    if (property != null) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    Path root = Files.exists(dir.resolve("../pom.xml")) && !Files.exists(dir.resolve("guard-engine")) ? dir.getParent() : dir;
    return root.resolve("../shared/data").normalize();
  }

  /** The seed brief as an article, when the shared folder holds it. */
  static Optional<Article> load() {
    Path seed = sharedData().getParent().resolve("seed/000_2916ca55d35a1ea1.txt");
    if (!Files.isRegularFile(seed)) {
      return Optional.empty();
    }
    try {
      RawDocument doc = new RawDocument(seed.getFileName().toString(), null, BodyKind.TEXT, Files.readAllBytes(seed),
          null, DocumentHints.NONE, Instant.parse("2024-05-31T12:00:00Z"));
      return Optional.of(new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()).extract(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
