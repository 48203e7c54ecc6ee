package io.uncrowned.guard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.uncrowned.guard.article.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Language detection on synthetic samples written for these tests (invented people and companies). */
class OpenNlpLanguageDetectorTest {
  static final String ENGLISH =
      "The city council of Odesa approved a new plan on Tuesday to rebuild three schools damaged last winter. "
          + "Work will begin in spring, said Marta Ellery, a spokeswoman for the fictional builder Northbridge Works.";
  static final String GERMAN =
      "Der Stadtrat von Leipzig hat am Dienstag einen neuen Plan beschlossen, um drei Schulen zu sanieren. "
          + "Die Arbeiten sollen im Frühjahr beginnen, sagte Jana Wendtner von der erfundenen Baufirma Nordbrück.";
  static final String RUSSIAN =
      "Городской совет Одессы во вторник утвердил новый план восстановления трёх школ, пострадавших зимой. "
          + "Работы начнутся весной, сообщила Марта Елагина, представитель вымышленной компании «Северный мост».";
  static final String FRENCH =
      "Le conseil municipal de Lyon a approuvé mardi un nouveau plan pour rénover trois écoles endommagées. "
          + "Les travaux commenceront au printemps, a déclaré Claire Fontanel, porte-parole de la société fictive Pontnord.";

  private final LanguageDetector detector = TestModels.languages();

  @Test
  void tellsEnglishGermanRussianAndFrench() {
    assertEquals(Lang.of("en"), detector.detect(ENGLISH));
    assertEquals(Lang.of("de"), detector.detect(GERMAN));
    assertEquals(Lang.of("ru"), detector.detect(RUSSIAN));
    assertEquals(Lang.of("fr"), detector.detect(FRENCH));
  }

  @Test
  void shortOrLetterlessTextIsUndetermined() {
    assertEquals(Lang.UNDETERMINED, detector.detect(""));
    assertEquals(Lang.UNDETERMINED, detector.detect("Hello there"));
    assertEquals(Lang.UNDETERMINED, detector.detect("2024-05-31 12:00 +++ 3.14159 ### 42 42 42 42 42 42 42"));
    assertEquals(Lang.UNDETERMINED, detector.detect(null));
  }

  @Test
  void givesTheSameAnswersUnderConcurrentUse() throws InterruptedException, ExecutionException {
    List<String> texts = List.of(ENGLISH, GERMAN, RUSSIAN, FRENCH);
    List<Lang> expected = texts.stream().map(detector::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "lang-detect-test"));
    try {
      List<Future<Lang>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String t = texts.get(i % texts.size());
        answers.add(pool.submit(() -> detector.detect(t)));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(expected.get(i % texts.size()), answers.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
