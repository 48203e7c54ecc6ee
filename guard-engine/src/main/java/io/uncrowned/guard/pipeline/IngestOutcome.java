package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Problem;
import io.uncrowned.guard.store.DuplicateRecord;

/** What became of one collected document. */
public sealed interface IngestOutcome {
  /** A new article, stored and indexed. */
  record Ingested(Article article) implements IngestOutcome {}

  /** An article already stored under the same id whose text changed; the new version replaced it. */
  record Updated(Article article) implements IngestOutcome {}

  /** Already stored (or already recorded as a duplicate) with the same content: nothing changed. */
  record Unchanged(ArticleId id, String input) implements IngestOutcome {}

  /** A duplicate of a kept article, recorded against it and not indexed. */
  record Duplicate(DuplicateRecord record) implements IngestOutcome {}

  /** The input or document could not be read or held no article. */
  record Failed(Problem problem) implements IngestOutcome {}
}
