package io.uncrowned.guard.collect;

/**
 * Reads one input, a file, a folder (recursively) or an http(s) URL, and delivers every document it holds
 * to the sink. A bad input (or a bad record inside a container) becomes a {@link
 * io.uncrowned.guard.article.Problem} on the sink; the collector then goes on with the rest.
 */
public interface Collector {
  void collect(String input, DocumentSink sink);
}
