package io.uncrowned.guard.extract;

/** One language model per test JVM: loading it takes a second, and it is immutable. */
final class TestModels {
  private TestModels() {}

  private static final class Holder {
    static final OpenNlpLanguageDetector LANGUAGES = OpenNlpLanguageDetector.fromClasspath();
  }

  static OpenNlpLanguageDetector languages() {
    return Holder.LANGUAGES;
  }
}
