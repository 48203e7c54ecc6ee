package io.uncrowned.guard.search;

import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import java.net.URI;
import java.time.Instant;

/**
 * One ranked hit.
 *
 * @param snippet best passages of the text, HTML-escaped, with matched terms inside {@code <b>…</b>}
 * @param url nullable
 * @param published nullable
 */
public record SearchHit(
    ArticleId id, String title, String source, Lang language, Instant published, URI url, float score,
    String snippet) {}
