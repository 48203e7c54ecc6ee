package io.uncrowned.guard.extract;

import io.uncrowned.guard.article.Lang;
import java.net.URI;
import java.time.Instant;

/**
 * What an HTML page states about itself, before hints and the main text fill the gaps. Every field is
 * nullable.
 *
 * @param title headline, cleaned of a " | Site name" suffix
 * @param byline author names as the page writes them, comma-separated when several
 * @param published publication time
 * @param canonicalUrl absolute http(s) canonical URL
 * @param siteName publisher or site name
 * @param imageCredit credit of the lead image
 * @param tldr text of an element marked as the article's summary (class or id "tldr", "summary")
 * @param declaredLanguage the language the page declares ({@code <html lang>}, {@code og:locale},
 *     Content-Language), used only when detection cannot tell
 */
record HtmlMetadata(
    String title,
    String byline,
    Instant published,
    URI canonicalUrl,
    String siteName,
    String imageCredit,
    String tldr,
    Lang declaredLanguage) {}
