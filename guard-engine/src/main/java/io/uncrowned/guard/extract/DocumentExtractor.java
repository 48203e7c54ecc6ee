package io.uncrowned.guard.extract;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The extractor of the pipeline: decodes a {@link RawDocument}, reads its metadata and main text (HTML) or
 * its brief layout (plain text), and builds the {@link Article}. What the document states wins; its {@link
 * DocumentHints} fill the gaps. Thread-safe when its collaborators are.
 *
 * <p>Where each field comes from, first answer wins:
 *
 * <ul>
 *   <li>title: og:title, JSON-LD headline, the article's {@code <h1>}, {@code <title>} without its " | Site"
 *       part; for text, the hint's title, else a first line that reads as a title
 *   <li>byline: meta author, JSON-LD author names, meta article:author, rel=author / itemprop=author,
 *       .byline/.author elements, a "By …" line near the top; then the hint
 *   <li>published: article:published_time, JSON-LD datePublished, {@code <time>} in the article, other
 *       date metas; then the hint (it has a time of day); then a date in the URL path
 *   <li>canonical URL: {@code <link rel=canonical>}, og:url (absolute http(s) only)
 *   <li>source: og:site_name, JSON-LD publisher, application-name, a brief's repeated site-name line;
 *       then the hint, the host of the canonical URL or else of the document URL, the input's file name
 *   <li>image credit: credit elements, captions with "Photo:"-style credits, JSON-LD image creditText,
 *       "Image Credit:" / "Photo:" lines in the body (which leave the text)
 *   <li>TL;DR: a paragraph labelled "TL;DR", "TLDR", "In short:", "Summary:", else a box whose class or id
 *       says tldr/summary/key-points near the top
 *   <li>language: detected from title and text; the page's declared language only when detection cannot tell
 * </ul>
 */
public final class DocumentExtractor implements Extractor {
  /** Control characters beyond this share of the decoded text mean the bytes are not text at all. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private final MainTextExtractor mainText;
  private final LanguageDetector languages;
  private final TextDecoder decoder = new TextDecoder();
  private final HtmlMetadataReader metadata = new HtmlMetadataReader();

  public DocumentExtractor(MainTextExtractor mainText, LanguageDetector languages) {
    this.mainText = Objects.requireNonNull(mainText, "mainText");
    this.languages = Objects.requireNonNull(languages, "languages");
  }

  @Override
  public Article extract(RawDocument doc) {
    if (doc.body().length == 0) {
      throw new ExtractionException(doc.input(), "empty document");
    }
    String decoded =
        decoder.decode(doc.body(), doc.declaredCharset(), doc.kind() == BodyKind.HTML).text();
    if (controlShare(decoded) > MAX_CONTROL_SHARE) {
      throw new ExtractionException(doc.input(), "binary content, not text");
    }
    Draft draft =
        switch (doc.kind()) {
          case HTML -> fromHtml(doc, decoded);
          case TEXT -> fromText(doc, decoded);
        };
    return build(doc, draft);
  }

  /** What one body kind yields before the shared assembly; nullable fields are gaps for the hints. */
  private record Draft(
      String title,
      String byline,
      Instant published,
      URI canonicalUrl,
      String siteName,
      Lang declaredLanguage,
      BodyShaper.Shaped body) {}

  private Draft fromHtml(RawDocument doc, String html) {
    Document page = Jsoup.parse(html, doc.url() == null ? "" : doc.url().toString());
    HtmlMetadata meta = metadata.read(page);
    List<TextBlock> blocks = withoutCreditCaptions(mainText.extract(page).blocks(), page);
    BodyShaper.Shaped shaped = BodyShaper.shape(blocks, meta.title());
    shaped = withTldrBox(shaped, meta.tldr());
    String credit = meta.imageCredit() != null ? meta.imageCredit() : shaped.imageCredit();
    String byline = meta.byline() != null ? meta.byline() : shaped.byline();
    return new Draft(
        meta.title(),
        byline,
        meta.published(),
        meta.canonicalUrl(),
        meta.siteName(),
        meta.declaredLanguage(),
        new BodyShaper.Shaped(shaped.body(), credit, byline));
  }

  private Draft fromText(RawDocument doc, String text) {
    BriefParser.Brief brief = BriefParser.parse(text, doc.hints());
    BodyShaper.Shaped shaped = BodyShaper.shape(brief.blocks(), brief.title());
    return new Draft(brief.title(), shaped.byline(), null, null, brief.siteName(), null, shaped);
  }

  /** A caption that carries the image credit is metadata, whatever kind of block the extractor made it. */
  private static List<TextBlock> withoutCreditCaptions(List<TextBlock> blocks, Document page) {
    Set<String> captions = new HashSet<>();
    for (Element c : page.select("figcaption, [class*=credit], [class*=caption]")) {
      if (BodyRules.creditInCaption(c.text()).isPresent()) {
        captions.add(BodyRules.key(c.text()));
      }
    }
    if (captions.isEmpty()) {
      return blocks;
    }
    return blocks.stream().filter(b -> !captions.contains(BodyRules.key(b.text()))).toList();
  }

  /** Points the TL;DR at the block holding the page's summary box, adding the box when the body lacks it. */
  private static BodyShaper.Shaped withTldrBox(BodyShaper.Shaped shaped, String box) {
    BodyDraft body = shaped.body();
    if (box == null || body.tldrIndex() >= 0) {
      return shaped;
    }
    List<TextBlock> blocks = new ArrayList<>(body.blocks());
    int at = mergeBoxBlocks(blocks, BodyRules.key(box), box);
    if (at < 0) {
      blocks.add(0, new TextBlock(TextBlock.Kind.PARAGRAPH, box));
      at = 0;
    }
    int label = Math.max(0, BodyRules.tldrLabelLength(blocks.get(at).text()));
    return new BodyShaper.Shaped(new BodyDraft(blocks, at, label), shaped.imageCredit(), shaped.byline());
  }

  /**
   * Finds the run of blocks that make up the summary box (a list becomes several blocks) and merges it into
   * one paragraph; returns its index, or -1 when the body does not hold the box.
   */
  private static int mergeBoxBlocks(List<TextBlock> blocks, String boxKey, String box) {
    for (int i = 0; i < blocks.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < blocks.size() && run.length() <= boxKey.length(); j++) {
        run.append(run.length() > 0 ? " " : "").append(blocks.get(j).text());
        String k = BodyRules.key(run.toString());
        boolean labelled = j == i && BodyRules.tldrLabelLength(blocks.get(i).text()) > 0 && k.endsWith(boxKey);
        if (k.equals(boxKey) || labelled) {
          if (j > i) {
            blocks.subList(i, j + 1).clear();
            blocks.add(i, new TextBlock(TextBlock.Kind.PARAGRAPH, box));
          }
          return i;
        }
      }
    }
    return -1;
  }

  private Article build(RawDocument doc, Draft d) {
    BodyDraft.Layout layout = d.body().body().layout();
    if (layout.text().isBlank()) {
      throw new ExtractionException(doc.input(), "no article text found");
    }
    DocumentHints hints = doc.hints();
    String contentHash = contentHash(layout.text());
    URI idUrl = d.canonicalUrl() != null ? d.canonicalUrl() : doc.url();
    return new Article(
        idUrl != null ? ArticleId.fromUrl(idUrl) : ArticleId.fromContentHash(contentHash),
        doc.url(),
        d.canonicalUrl(),
        source(doc, d),
        firstNonBlank(d.title(), hints.title(), ""),
        firstNonBlank(d.byline(), hints.byline(), null),
        published(doc, d),
        language(d, layout.text()),
        layout.text(),
        layout.sections(),
        layout.tldr(),
        d.body().imageCredit(),
        contentHash,
        doc.input());
  }

  /** The page's date, else the container's (it has a time of day), else a date in the URL path. */
  private static Instant published(RawDocument doc, Draft d) {
    if (d.published() != null) {
      return d.published();
    }
    if (doc.hints().published() != null) {
      return doc.hints().published();
    }
    URI url = d.canonicalUrl() != null ? d.canonicalUrl() : doc.url();
    return Dates.fromUrl(url).or(() -> Dates.fromUrl(doc.url())).orElse(null);
  }

  /** A saved page read from disk still names its site through its canonical URL: prefer that to a file name. */
  private static String source(RawDocument doc, Draft d) {
    String host = hostOf(d.canonicalUrl());
    if (host == null) {
      host = hostOf(doc.url());
    }
    return firstNonBlank(d.siteName(), doc.hints().source(), firstNonBlank(host, fileName(doc.input()), ""));
  }

  private static String hostOf(URI url) {
    String host = url == null ? null : url.getHost();
    return host != null && host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String fileName(String input) {
    String s = input.strip();
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return s.substring(slash + 1);
  }

  /** Detected from title and text; a page's own declaration counts only when detection cannot tell. */
  private Lang language(Draft d, String text) {
    Lang detected = languages.detect(d.title() == null ? text : d.title() + "\n\n" + text);
    return detected.isDetermined() || d.declaredLanguage() == null ? detected : d.declaredLanguage();
  }

  /**
   * SHA-256 of the text after NFKC, whitespace collapsing and case folding. Folding case makes a copy whose
   * only change is capitalisation (an all-caps wire feed, a restyled headline) an exact duplicate, which is
   * what a reader would say it is; rewordings are the near-duplicate signature's job.
   */
  static String contentHash(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    return ArticleId.sha256Hex(normal.toLowerCase(Locale.ROOT));
  }

  private static double controlShare(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    long controls = s.chars().filter(DocumentExtractor::isJunkChar).count();
    return (double) controls / s.length();
  }

  /** Control characters other than line and page breaks, and replacement characters from bad bytes. */
  private static boolean isJunkChar(int c) {
    return (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0xFFFD;
  }

  private static String firstNonBlank(String a, String b, String otherwise) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b != null && !b.isBlank() ? b.strip() : otherwise;
  }
}
