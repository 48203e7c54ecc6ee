package io.uncrowned.guard.understand.nlp;

/**
 * One CoreNLP annotator for all the tests of a run: loading the models takes seconds and a gigabyte, so
 * test classes share it instead of loading their own.
 */
public final class SharedAnnotator {
  private SharedAnnotator() {}

  private static final class Holder {
    static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.fast();
  }

  public static CoreNlpAnnotator get() {
    return Holder.ANNOTATOR;
  }
}
