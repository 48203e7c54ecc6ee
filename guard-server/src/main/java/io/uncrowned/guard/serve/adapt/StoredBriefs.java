package io.uncrowned.guard.serve.adapt;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.brief.BriefSentence;
import io.uncrowned.guard.serve.web.ArticleBriefs;
import io.uncrowned.guard.understand.Understanding;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The article page's brief, read from the understanding stored with the article. Only our own TL;DR and key
 * points go here: the author's TL;DR is part of the article and the page shows it apart. Thread-safe.
 */
public final class StoredBriefs implements ArticleBriefs {
  private final Function<ArticleId, Optional<Understanding>> understandings;

  /** @param understandings the stored understanding of an article ({@code engine::understanding}) */
  public StoredBriefs(Function<ArticleId, Optional<Understanding>> understandings) {
    this.understandings = Objects.requireNonNull(understandings, "understandings");
  }

  @Override
  public Optional<Brief> brief(ArticleId id) {
    return understandings.apply(id)
        .map(Understanding::brief)
        .filter(b -> !b.tldr().isEmpty())
        .map(b -> new Brief(b.tldr().stream().map(BriefSentence::text).toList(),
            b.keyPoints().stream().map(BriefSentence::text).toList()));
  }
}
