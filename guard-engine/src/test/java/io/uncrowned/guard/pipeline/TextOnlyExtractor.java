package io.uncrowned.guard.pipeline;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A test extractor: first line is the title, the rest the text. Keeps pipeline tests independent of HTML. */
final class TextOnlyExtractor implements Extractor {
  @Override
  public Article extract(RawDocument d) {
    String body = new String(d.body(), StandardCharsets.UTF_8).strip();
    if (body.isEmpty()) {
      throw new ExtractionException(d.input(), "empty document");
    }
    int nl = body.indexOf('\n');
    String title = nl < 0 ? body : body.substring(0, nl).strip();
    String text = nl < 0 ? body : body.substring(nl + 1).strip();
    String hash = ArticleId.sha256Hex(text);
    ArticleId id = d.url() != null ? ArticleId.fromUrl(d.url()) : ArticleId.fromContentHash(hash);
    return new Article(
        id, d.url(), null, "test", title, null, d.hints().published(), Lang.of("en"), text, List.of(), null,
        null, hash, d.input());
  }
}
