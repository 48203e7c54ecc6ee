package io.uncrowned.guard.extract;

import io.uncrowned.guard.article.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language detection with Apache OpenNLP's 103-language model ({@code langdetect-183.bin} from {@code
 * opennlp-models-langdetect}). The model is loaded once per instance; share the instance. Thread-safe: the
 * model is read-only and each call uses its own detector.
 *
 * <p>Answers {@link Lang#UNDETERMINED} for text with fewer than {@value #MIN_LETTERS} letters, or when the
 * best language does not lead the second by a clear margin.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
  /** Where the model sits inside the {@code opennlp-models-langdetect} jar. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";

  static final int MIN_LETTERS = 20;
  /** The detector is as sure from the first few thousand characters; more only costs time. */
  // 1,500 characters of news text tell the language as well as 3,000 and cost half the time.
  private static final int MAX_CHARS = 1500;
  /** Best-to-second confidence ratio under which the answer is a guess. */
  private static final double MIN_LEAD = 1.5;

  private final LanguageDetectorModel model;
  private final Map<String, String> twoLetterCodes;

  /** Uses the given model (for tests or another model file). */
  public OpenNlpLanguageDetector(LanguageDetectorModel model) {
    this.model = model;
    this.twoLetterCodes = twoLetterCodes();
  }

  /**
   * Loads the bundled model from the class path; takes about a second.
   *
   * @throws UncheckedIOException when the model jar is missing or unreadable
   */
  public static OpenNlpLanguageDetector fromClasspath() {
    try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("language model " + MODEL_RESOURCE + " not on the class path (opennlp-models-langdetect)"));
      }
      return new OpenNlpLanguageDetector(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public Lang detect(String text) {
    if (text == null || text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return Lang.UNDETERMINED;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    // LanguageDetectorME keeps no state between calls worth sharing, and a fresh one per call is cheap.
    Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
    if (ranked.length == 0) {
      return Lang.UNDETERMINED;
    }
    if (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
      return Lang.UNDETERMINED;
    }
    return toLang(ranked[0].getLang());
  }

  private Lang toLang(String iso3) {
    String code = twoLetterCodes.getOrDefault(iso3, iso3);
    return code.matches("[a-z]{2,3}") ? Lang.of(code) : Lang.UNDETERMINED;
  }

  /** ISO 639-3 to 639-1, from the JDK's table plus the individual languages the model names. */
  private static Map<String, String> twoLetterCodes() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      if (two.length() == 2) {
        m.put(Locale.forLanguageTag(two).getISO3Language(), two);
      }
    }
    // The model uses individual-language codes where ISO 639-1 names the macrolanguage.
    m.putAll(
        Map.of(
            "cmn", "zh", "pes", "fa", "zsm", "ms", "ekk", "et", "lvs", "lv", "swh", "sw", "nob", "nb", "arb", "ar",
            "azj", "az", "uzn", "uz"));
    m.putAll(Map.of("khk", "mn", "plt", "mg", "npi", "ne", "ory", "or", "gug", "gn", "ydd", "yi", "pbu", "ps"));
    return Map.copyOf(m);
  }
}
