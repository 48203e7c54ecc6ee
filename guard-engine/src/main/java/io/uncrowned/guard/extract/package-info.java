/**
 * Extract: from a {@link io.uncrowned.guard.collect.RawDocument} to an {@link
 * io.uncrowned.guard.article.Article}: charset, main text without boilerplate, title, byline, date,
 * canonical URL, language, sections, the author's TL;DR and the image credit.
 */
package io.uncrowned.guard.extract;
