package io.uncrowned.guard.store;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.dedupe.DuplicateKind;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A duplicate recorded against its original instead of being kept.
 *
 * @param id the id the duplicate would have had
 * @param url where the duplicate was found; nullable
 * @param similarity 1.0 for exact duplicates, the estimated Jaccard similarity for near ones
 */
public record DuplicateRecord(
    ArticleId id,
    ArticleId original,
    DuplicateKind kind,
    double similarity,
    URI url,
    String title,
    String origin,
    Instant recordedAt) {
  public DuplicateRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
