package io.uncrowned.guard.eval.extraction;

import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * One page of the benchmark: its id (the file's SHA-256), the decoded HTML, the parsed document and the
 * gold article body. Extractors that change a document must work on {@link #freshDocument()}.
 */
public record BenchmarkPage(String id, String html, Document document, String gold) {
  public BenchmarkPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(gold, "gold");
  }

  /** A deep copy of the parsed document, for extractors that edit the tree they are given. */
  public Document freshDocument() {
    return document.clone();
  }
}
