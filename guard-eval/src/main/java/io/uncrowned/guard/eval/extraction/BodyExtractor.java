package io.uncrowned.guard.eval.extraction;

/** One system under evaluation, run in this process: turns a benchmark page into an article body. */
public interface BodyExtractor {
  /** The name shown in the report. */
  String name();

  /**
   * The article body as plain text.
   *
   * @throws RuntimeException when the system fails on this page; the evaluation counts it as empty
   */
  String extract(BenchmarkPage page);
}
