package io.uncrowned.guard.brief;

/** One MiniLM embedder for all the brief tests of a run (loading it takes about a second). */
final class TestEmbedder {
  private TestEmbedder() {}

  private static final class Holder {
    static final MiniLmEmbedder EMBEDDER = MiniLmEmbedder.load(1);
  }

  static MiniLmEmbedder get() {
    return Holder.EMBEDDER;
  }
}
