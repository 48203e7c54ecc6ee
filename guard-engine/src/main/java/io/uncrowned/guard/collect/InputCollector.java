package io.uncrowned.guard.collect;

import io.uncrowned.guard.article.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The collector for every input the engine reads: a file, a folder (recursively, in name order, skipping
 * hidden files and folders) or an http(s) URL, in any {@link InputFormat}, told by content. Every bad input
 * becomes one {@link Problem} naming it; the collector then goes on. Thread-safe: it holds only immutable
 * settings and a thread-safe fetcher.
 */
public final class InputCollector implements Collector, LinkFollower {
  private final CollectOptions options;
  private final HttpFetcher fetcher;
  private final FormatDetector detector = new FormatDetector();
  private final JsonLinesReader jsonLines;
  private final FeedReader feeds;
  private final WarcArchiveReader warcs;
  private final SitemapReader sitemaps;

  public InputCollector(CollectOptions options) {
    this(options, new HttpFetcher(options));
  }

  /** For sharing one fetcher (and its connection pool) between collectors. */
  public InputCollector(CollectOptions options, HttpFetcher fetcher) {
    this.options = options;
    this.fetcher = fetcher;
    this.jsonLines = new JsonLinesReader(options.maxDocumentBytes());
    this.feeds = new FeedReader(this, options.maxLinksPerContainer());
    this.warcs = new WarcArchiveReader(options.maxDocumentBytes());
    this.sitemaps = new SitemapReader(fetcher, this, options.maxLinksPerContainer());
  }

  @Override
  public void collect(String input, DocumentSink sink) {
    if (input == null || input.isBlank()) {
      sink.problem(new Problem(String.valueOf(input), "no input given"));
      return;
    }
    String lower = input.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      collectUrl(input.strip(), sink);
    } else if (lower.matches("[a-z][a-z0-9+.-]+://.*")) {
      sink.problem(new Problem(input, "unsupported URL scheme; only http and https are fetched"));
    } else {
      collectPath(input, sink);
    }
  }

  private void collectPath(String input, DocumentSink sink) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      sink.problem(new Problem(input, "not a valid path: " + e.getReason()));
      return;
    }
    if (Files.isDirectory(path)) {
      collectFolder(path, sink);
    } else if (Files.exists(path)) {
      collectFile(path, sink);
    } else {
      sink.problem(new Problem(input, "no such file or folder"));
    }
  }

  /** Name order makes runs repeatable; symbolic links to folders are not followed, so no cycles. */
  private void collectFolder(Path folder, DocumentSink sink) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      entries.forEach(children::add);
    } catch (IOException e) {
      sink.problem(new Problem(folder.toString(), "cannot list folder: " + HttpFetcher.describe(e)));
      return;
    }
    children.sort(null);
    for (Path child : children) {
      if (child.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        collectFolder(child, sink);
      } else if (Files.isRegularFile(child)) {
        collectFile(child, sink);
      }
    }
  }

  private void collectFile(Path file, DocumentSink sink) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = BoundedRead.head(in, FormatDetector.HEAD_BYTES);
      }
      Detection detection = detector.detect(head, size <= head.length, name);
      if (!streamed(detection) && size > options.maxDocumentBytes()) {
        sink.problem(new Problem(name, tooLarge(size)));
        return;
      }
      if (detection instanceof Detection.Known k) {
        readFile(file, name, k, sink);
      } else {
        sink.problem(new Problem(name, ((Detection.Refused) detection).reason()));
      }
    } catch (NoSuchFileException e) {
      sink.problem(new Problem(name, "no such file"));
    } catch (AccessDeniedException e) {
      sink.problem(new Problem(name, "permission denied"));
    } catch (IOException e) {
      sink.problem(new Problem(name, "could not read: " + HttpFetcher.describe(e)));
    } catch (RuntimeException e) {
      // A reader bug with one file must not end the batch; say which file so it can be reproduced.
      sink.problem(new Problem(name, "internal error: " + e));
    }
  }

  private void readFile(Path file, String name, Detection.Known known, DocumentSink sink) throws IOException {
    switch (known.format()) {
      case JSONL -> {
        try (InputStream in = open(file, known.gzipped())) {
          jsonLines.read(name, in, sink);
        }
      }
      case WARC, WARC_GZ -> {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          warcs.read(name, channel, sink);
        }
      }
      default -> {
        Optional<byte[]> body;
        try (InputStream in = open(file, known.gzipped())) {
          body = BoundedRead.readAtMost(in, options.maxDocumentBytes());
        }
        if (body.isEmpty()) {
          sink.problem(new Problem(name, "too large once decompressed: over the limit of " + limit()));
        } else {
          readWhole(name, null, null, known.format(), body.get(), Instant.now(), sink);
        }
      }
    }
  }

  private static InputStream open(Path file, boolean gzipped) throws IOException {
    InputStream in = Files.newInputStream(file);
    return gzipped ? new GZIPInputStream(in, 64 * 1024) : in;
  }

  private void collectUrl(String input, DocumentSink sink) {
    URI url;
    try {
      url = new URI(input);
    } catch (URISyntaxException e) {
      sink.problem(new Problem(input, "malformed URL: " + e.getReason()));
      return;
    }
    FetchedPage page;
    try {
      page = fetcher.fetch(url);
    } catch (FetchException e) {
      sink.problem(new Problem(input, e.getMessage()));
      return;
    }
    byte[] body = page.body();
    Detection detection = detector.detect(body, true, page.url().getPath());
    if (detection instanceof Detection.Refused r) {
      sink.problem(new Problem(input, r.reason()));
      return;
    }
    Detection.Known known = (Detection.Known) detection;
    try {
      Optional<byte[]> inflated = known.gzipped() ? gunzip(body) : Optional.of(body);
      if (inflated.isEmpty()) {
        sink.problem(new Problem(input, "too large once decompressed: over the limit of " + limit()));
        return;
      }
      readWhole(input, page.url(), page.charset(), formatOf(known, page), inflated.get(), page.fetchedAt(), sink);
    } catch (IOException e) {
      sink.problem(new Problem(input, "could not read: " + HttpFetcher.describe(e)));
    }
  }

  /**
   * Reads an input already in memory: a local file within the size limit or a fetched body.
   *
   * @param url where it was fetched from; null for a local file
   * @param charset the charset the transport declared; null when none
   */
  private void readWhole(
      String name, URI url, String charset, InputFormat format, byte[] body, Instant fetchedAt, DocumentSink sink)
      throws IOException {
    switch (format) {
      case HTML, TEXT -> sink.accept(
          new RawDocument(name, url, kind(format), body, charset, DocumentHints.NONE, fetchedAt));
      case JSONL -> jsonLines.read(name, new ByteArrayInputStream(body), sink);
      case RSS, ATOM -> feeds.read(name, body, sink);
      case WARC, WARC_GZ -> warcs.read(name, Channels.newChannel(new ByteArrayInputStream(body)), sink);
      case SITEMAP -> sitemaps.read(name, body, url, sink);
    }
  }

  /** Pages linked from a feed or sitemap: only pages are expected there, not further containers. */
  @Override
  public void follow(String input, URI url, DocumentHints hints, DocumentSink sink) {
    String where = input + " (" + url + ")";
    try {
      FetchedPage page = fetcher.fetch(url);
      Detection detection = detector.detect(page.body(), true, page.url().getPath());
      if (detection instanceof Detection.Refused r) {
        sink.problem(new Problem(where, r.reason()));
        return;
      }
      Detection.Known known = (Detection.Known) detection;
      InputFormat format = formatOf(known, page);
      if (format != InputFormat.HTML && format != InputFormat.TEXT) {
        sink.problem(new Problem(where, "linked content is " + format + ", not a page"));
        return;
      }
      Optional<byte[]> body = known.gzipped() ? gunzip(page.body()) : Optional.of(page.body());
      if (body.isEmpty()) {
        sink.problem(new Problem(where, "too large once decompressed: over the limit of " + limit()));
        return;
      }
      sink.accept(
          new RawDocument(input, page.url(), kind(format), body.get(), page.charset(), hints, page.fetchedAt()));
    } catch (FetchException e) {
      sink.problem(new Problem(where, e.getMessage()));
    } catch (IOException e) {
      sink.problem(new Problem(where, "could not read: " + HttpFetcher.describe(e)));
    }
  }

  private Optional<byte[]> gunzip(byte[] body) throws IOException {
    return BoundedRead.readAtMost(new GZIPInputStream(new ByteArrayInputStream(body)), options.maxDocumentBytes());
  }

  private String tooLarge(long size) {
    return "too large: " + BoundedRead.describe(size) + " is over the limit of " + limit() + "; not read";
  }

  private String limit() {
    return BoundedRead.describe(options.maxDocumentBytes());
  }

  private static boolean streamed(Detection d) {
    return d instanceof Detection.Known k && k.format().streamed();
  }

  private static BodyKind kind(InputFormat format) {
    return format == InputFormat.HTML ? BodyKind.HTML : BodyKind.TEXT;
  }

  /** The server's media type settles a body the bytes leave open (plain text with no tags served as HTML). */
  private static InputFormat formatOf(Detection.Known known, FetchedPage page) {
    if (known.format() == InputFormat.TEXT && "text/html".equals(page.mediaType())) {
      return InputFormat.HTML;
    }
    return known.format();
  }

}
