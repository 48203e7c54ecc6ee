package io.uncrowned.guard.article;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One extracted news article: the record every later stage (understanding, briefs, stories, index) reads.
 *
 * @param id stable identity, see {@link ArticleId}
 * @param url where the article was read from; null for a local file with no URL of its own
 * @param canonicalUrl the page's own canonical URL ({@code <link rel=canonical>}, {@code og:url}); null when
 *     unknown
 * @param source publisher or site name (e.g. "example-news.org"), or the input's origin; never null, may be
 *     empty
 * @param title headline; never null, may be empty
 * @param byline author line as written; null when none
 * @param published publication time; null when unknown
 * @param language detected language of {@code text}
 * @param text canonical main text: paragraphs separated by a blank line ({@code "\n\n"}). All spans index it.
 * @param sections headed sections, in order, with spans into {@code text}
 * @param authorTldr span of the author's own summary in {@code text} (without its "TL;DR:" label); null when
 *     the author wrote none
 * @param imageCredit credit line of the lead image, e.g. "Ministry of Defense of Ukraine"; null when none
 * @param contentHash lower-case hex SHA-256 of the normalised text, for exact-duplicate detection
 * @param origin the input it came from, as named in {@link Problem#input()}
 */
public record Article(
    ArticleId id,
    URI url,
    URI canonicalUrl,
    String source,
    String title,
    String byline,
    Instant published,
    Lang language,
    String text,
    List<Section> sections,
    Span authorTldr,
    String imageCredit,
    String contentHash,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(origin, "origin");
    sections = List.copyOf(sections);
    for (Section s : sections) {
      if (!s.headingSpan().fits(text) || !s.bodySpan().fits(text)) {
        throw new IllegalArgumentException("section span outside the text: " + s);
      }
    }
    if (authorTldr != null && !authorTldr.fits(text)) {
      throw new IllegalArgumentException("TL;DR span outside the text: " + authorTldr);
    }
  }

  /** The author's TL;DR text, or null when there is none. */
  public String authorTldrText() {
    return authorTldr == null ? null : authorTldr.of(text);
  }
}
