package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.SharedAnnotator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed brief, as a golden test without a gazetteer: one grant, its repetitions merged, its area as free
 * text. {@code SeedPolicyEventIT} checks the resolved places. Skips when the shared seed or country table is absent.
 */
class SeedPolicyEventTest {
  private static Article article;
  private static ArticleEvents found;

  @BeforeAll
  static void extract() {
    Optional<Article> seed = SeedArticle.load();
    Path countryInfo = SeedArticle.sharedData().resolve("geonames/countryInfo.txt");
    assumeTrue(seed.isPresent() && Files.isRegularFile(countryInfo), "shared seed brief or country table absent");
    article = seed.get();
    AnnotatedText annotated = SharedAnnotator.get().annotate(article.text(), article.language());
    LinkedEntities entities =
        new EntityLinker(Countries.fromGeoNames(countryInfo), Demonyms.bundled()).link(article.text(), annotated);
    found = EventsFixture.extractor().extract(article, annotated, entities, List.of());
  }

  @Test
  void exactlyOneGrant() {
    assertEquals(1, found.policyEvents().size(), found.policyEvents().toString());
    assertEquals(PolicyKind.GRANT, grant().kind());
  }

  @Test
  void theUnitedStatesWithWesternAlliesGrantUkraine() {
    List<String> actors = grant().actors().stream().map(Party::name).toList();
    assertEquals("United States", actors.get(0), actors.toString());
    assertTrue(actors.contains("Western allies"), actors.toString());
    assertEquals("location:united-states", grant().actors().get(0).entityId());
    assertEquals("Ukraine", grant().subject().name());
    assertEquals("UA", grant().subject().countryCode());
  }

  @Test
  void areaNamesKharkivAndRussiaAsFreeText() {
    List<String> area = grant().area().stream().map(Area::text).toList();
    assertTrue(area.stream().anyMatch(a -> a.contains("Kharkiv border area")), area.toString());
    assertTrue(area.stream().anyMatch(a -> a.equals("inside Russia")), area.toString());
    assertTrue(grant().area().stream().allMatch(a -> a.places().isEmpty()), "no gazetteer, no places");
  }

  @Test
  void purposeLimitsReversalAndAttribution() {
    PolicyEvent g = grant();
    assertNotNull(g.purpose());
    assertTrue(g.purpose().contains("counter-fire"), g.purpose());
    assertTrue(g.limits().contains("strictly limited") && g.limits().contains("solely"), g.limits().toString());
    assertTrue(g.reversal().reversed());
    assertNotNull(g.reversal().cue());
    // the first attribution in text order wins; the seed has two
    assertTrue(List.of("Recent reports", "The U.S. official statement").contains(g.attributedTo()), g.attributedTo());
    assertTrue(g.instruments().stream().anyMatch(i -> i.contains("weapon")), g.instruments().toString());
    assertNull(g.date(), "the brief states no date");
  }

  @Test
  void repetitionsAreMergedWithTheirEvidence() {
    List<Span> evidence = grant().evidence();
    assertTrue(evidence.size() >= 4, evidence.toString());
    List<String> sentences = evidence.stream().map(s -> s.of(article.text())).toList();
    assertTrue(sentences.stream().anyMatch(s -> s.contains("The U.S. and its Western allies have authorized")), sentences.toString());
    assertTrue(sentences.stream().anyMatch(s -> s.contains("the Biden administration has authorized")), sentences.toString());
    assertTrue(sentences.stream().anyMatch(s -> s.startsWith("This authorization is strictly limited")), sentences.toString());
    assertEquals(evidence.stream().sorted().toList(), evidence, "in text order");
    assertFalse(evidence.stream().distinct().count() < evidence.size(), "no span twice");
  }

  @Test
  void eventsPointIntoTheText() {
    for (Event e : found.events()) {
      assertTrue(e.evidence().fits(article.text()) && e.evidence().contains(e.actionSpan()), e.toString());
    }
    assertTrue(found.parsedSentences() < 20, "only trigger sentences are parsed: " + found.parsedSentences());
  }

  private static PolicyEvent grant() {
    return found.policyEvents().get(0);
  }
}
