/**
 * Collect: turn inputs (files, folders, http(s) URLs) into {@link io.uncrowned.guard.collect.RawDocument}s.
 * Containers (JSON Lines, RSS/Atom feeds, WARC, sitemaps) are opened here; each document inside becomes one
 * RawDocument. Formats are detected by content, not only by extension ({@link
 * io.uncrowned.guard.collect.FormatDetector}).
 *
 * <p>Entry point: {@code new InputCollector(CollectOptions.defaults()).collect(input, sink)}. Every bad
 * input, and every bad record inside a container, reaches the sink as one {@link
 * io.uncrowned.guard.article.Problem} naming it ("feed.xml item 3", "dump.jsonl line 12", "crawl.warc.gz
 * record at offset 2048"); the collector then goes on. Nothing here decodes charsets or extracts text.
 *
 * <p>Untrusted input is bounded everywhere: whole-file formats are refused over {@link
 * io.uncrowned.guard.collect.CollectOptions#maxDocumentBytes()} before being read, containers are streamed,
 * XML DOCTYPEs are refused (no XXE), and the fetcher refuses non-public addresses at every redirect hop
 * unless {@link io.uncrowned.guard.collect.CollectOptions#allowPrivateAddresses()}.
 */
package io.uncrowned.guard.collect;
