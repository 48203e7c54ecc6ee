/**
 * The records that flow between pipeline stages: {@link io.uncrowned.guard.article.Article}, its
 * {@link io.uncrowned.guard.article.Span}s and {@link io.uncrowned.guard.article.Section}s, and the
 * {@link io.uncrowned.guard.article.Problem}s a stage reports about one input.
 *
 * <p>All spans are character offsets (UTF-16 {@code String} indices) into {@link
 * io.uncrowned.guard.article.Article#text()}, the article's canonical text.
 */
package io.uncrowned.guard.article;
