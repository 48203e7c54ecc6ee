package io.uncrowned.guard.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.understand.ArticleUnderstander;
import io.uncrowned.guard.understand.Understanding;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.entities.LinkedEntities;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.SharedAnnotator;
import io.uncrowned.guard.understand.places.ContextResolver;
import io.uncrowned.guard.understand.places.Place;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerProgress;
import io.uncrowned.guard.understand.places.gazetteer.LuceneGazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed brief through the whole understanding layer with the shared GeoNames cut: the grant's area resolves to
 * Kharkiv and Russia. Skipped when the shared seed or GeoNames folder is absent.
 */
class SeedPolicyEventIT {
  private static final List<String> TABLES =
      List.of("cities15000.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt", "admin-points");

  @TempDir static Path tmp;
  private static ArticleUnderstander understander;
  private static PolicyEvent grant;

  @BeforeAll
  static void extract() throws IOException {
    Path geonames = SeedArticle.sharedData().resolve("geonames");
    Optional<Article> seed = SeedArticle.load();
    Assumptions.assumeTrue(seed.isPresent() && Files.isDirectory(geonames), "shared seed or GeoNames folder absent");
    // link, never copy, the shared files
    Path folder = Files.createDirectories(tmp.resolve("geonames"));
    for (String name : TABLES) {
      Files.createSymbolicLink(folder.resolve(name), geonames.resolve(name).toAbsolutePath());
    }
    new GazetteerInstaller().installFrom(folder, tmp.resolve("data"), GazetteerProgress.NONE);
    LuceneGazetteer gazetteer = LuceneGazetteer.open(tmp.resolve("data"));
    Countries countries = Countries.fromGeoNames(geonames.resolve("countryInfo.txt"));
    understander = new ArticleUnderstander(SharedAnnotator.get(), new EntityLinker(countries, Demonyms.bundled()),
        gazetteer, new ContextResolver(gazetteer));
    Article article = seed.get();
    Understanding u = understander.understand(article);
    ArticleEvents found = EventsFixture.extractor().extract(article,
        SharedAnnotator.get().annotate(article.text(), article.language()),
        new LinkedEntities(u.entities(), u.entityMentions()), u.places());
    assertEquals(1, found.policyEvents().size(), found.policyEvents().toString());
    grant = found.policyEvents().get(0);
  }

  @AfterAll
  static void close() {
    if (understander != null) {
      understander.close();
    }
  }

  @Test
  void areaResolvesToKharkivAndRussia() {
    List<Place> places = grant.area().stream().flatMap(a -> a.places().stream()).toList();
    // "the Kharkiv region" is the oblast, "Kharkiv" alone the city: either is Kharkiv
    assertTrue(places.stream().anyMatch(p -> p.name().startsWith("Kharkiv") && p.countryCode().equals("UA")), places.toString());
    assertTrue(places.stream().anyMatch(p -> p.isCountry() && p.countryCode().equals("RU")), places.toString());
  }

  @Test
  void theRestOfTheGoldenEventHolds() {
    assertEquals(PolicyKind.GRANT, grant.kind());
    assertEquals("United States", grant.actors().get(0).name());
    assertEquals("Ukraine", grant.subject().name());
    assertTrue(grant.purpose().contains("counter-fire") && !grant.limits().isEmpty() && grant.reversal().reversed());
    assertTrue(grant.evidence().size() >= 4, grant.evidence().toString());
  }
}
