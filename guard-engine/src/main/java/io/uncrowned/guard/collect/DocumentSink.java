package io.uncrowned.guard.collect;

import io.uncrowned.guard.article.Problem;

/** Where a {@link Collector} delivers what it reads: documents, and problems with inputs it could not read. */
public interface DocumentSink {
  void accept(RawDocument document);

  void problem(Problem problem);
}
