package io.uncrowned.guard.brief;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.collect.BodyKind;
import io.uncrowned.guard.collect.DocumentHints;
import io.uncrowned.guard.collect.RawDocument;
import io.uncrowned.guard.extract.DocumentExtractor;
import io.uncrowned.guard.extract.ExtractionException;
import io.uncrowned.guard.extract.MainTextExtractor;
import io.uncrowned.guard.extract.OpenNlpLanguageDetector;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.SharedAnnotator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The founding brief's TL;DR (issue 4's golden case): it must carry the authorisation, its Kharkiv limit and its
 * counter-fire purpose, from the body rather than from the author's TL;DR. Skipped when the seed is absent.
 */
class SeedTldrTest {
  private static Article seed;
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer(TestEmbedder.get(), BriefSettings.DEFAULT);

  @BeforeAll
  static void extractSeed() throws IOException, ExtractionException {
    String data = System.getProperty("guard.shared.data", "../../shared/data");
    Path file = Path.of(data).resolve("../seed/000_2916ca55d35a1ea1.txt").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(file), "seed brief not found; skipping");
    RawDocument doc = new RawDocument(file.getFileName().toString(), null, BodyKind.TEXT, Files.readAllBytes(file),
        null, DocumentHints.NONE, Instant.EPOCH);
    seed = new DocumentExtractor(new MainTextExtractor(), OpenNlpLanguageDetector.fromClasspath()).extract(doc);
  }

  private static void assertCoversTheGrant(Brief brief) {
    String tldr = brief.tldrText().toLowerCase(Locale.ROOT);
    assertAll(
        () -> assertTrue(tldr.contains("authoriz") || tldr.contains("permission") || tldr.contains("granted"), tldr),
        () -> assertTrue(tldr.contains("kharkiv"), tldr),
        () -> assertTrue(tldr.contains("counter-fire"), tldr),
        () -> assertTrue(brief.tldrWords() <= BriefSettings.DEFAULT.wordBudget(), tldr));
  }

  @Test
  void tldrFromTheFallbackSplitterCoversAuthorisationKharkivAndCounterFire() {
    Brief brief = summarizer.summarize(seed, null, List.of());
    assertCoversTheGrant(brief);
    assertNotNull(brief.authorTldrText());
    assertTrue(brief.tldr().stream().noneMatch(s -> seed.authorTldr().contains(s.span())), "quoted the author");
  }

  @Test
  void tldrFromCoreNlpSentencesCoversTheSameGround() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(seed.text(), seed.language());
    assertCoversTheGrant(summarizer.summarize(seed, annotated, List.of()));
  }
}
