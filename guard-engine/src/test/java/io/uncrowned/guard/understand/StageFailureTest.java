package io.uncrowned.guard.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.brief.Summarizer;
import io.uncrowned.guard.understand.entities.Countries;
import io.uncrowned.guard.understand.entities.EntityLinker;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.NerMention;
import io.uncrowned.guard.understand.nlp.NerType;
import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import io.uncrowned.guard.understand.places.Gazetteer;
import io.uncrowned.guard.understand.places.Place;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A later stage that fails on one article leaves the entities and places the earlier ones found. */
class StageFailureTest {
  private static final String TEXT = "Synthetic. Halvard Brenn spoke.";

  @Test
  void aFailingBriefKeepsTheArticlesEntitiesAndSaysWhatFailed() throws Exception {
    Summarizer broken = (article, annotated, mentions) -> {
      throw new IllegalStateException("model missing");
    };
    ArticleUnderstander understander = new ArticleUnderstander(new OnePerson(), linker(), new NoPlaces(),
        (text, toponyms) -> List.of(), null, broken);

    Understanding u = understander.understand(article());

    assertTrue(u.analysed());
    assertEquals(1, u.entities().size(), u.entities().toString());
    assertNull(u.brief());
    assertTrue(u.note().contains("brief failed: IllegalStateException: model missing"), u.note());
  }

  private static EntityLinker linker() throws Exception {
    return new EntityLinker(Countries.read(new StringReader("")), Demonyms.bundled());
  }

  private static Article article() {
    String url = "https://news.example/brenn";
    return new Article(ArticleId.fromUrl(URI.create(url)), URI.create(url), null, "Example", "Brenn", null, null,
        Lang.of("en"), TEXT, List.of(), null, null, ArticleId.sha256Hex(TEXT), url);
  }

  /** Tags "Halvard Brenn" as a person, as the NLP engine would. */
  private static final class OnePerson implements Annotator {
    @Override
    public AnnotatedText annotate(String text, Lang language) {
      Span name = new Span(11, 24);
      List<Token> tokens = List.of(
          new Token(new Span(0, 10), "Synthetic.", "synthetic.", "NN", "O"),
          new Token(new Span(11, 18), "Halvard", "Halvard", "NNP", "PERSON"),
          new Token(new Span(19, 24), "Brenn", "Brenn", "NNP", "PERSON"),
          new Token(new Span(25, 30), "spoke", "speak", "VBD", "O"),
          new Token(new Span(30, 31), ".", ".", ".", "O"));
      return new AnnotatedText(List.of(new Sentence(new Span(0, TEXT.length()), tokens)),
          List.of(new NerMention(name, name.of(text), NerType.PERSON, 0)));
    }

    @Override
    public boolean supports(Lang language) {
      return true;
    }
  }

  private static final class NoPlaces implements Gazetteer {
    @Override
    public List<Place> candidates(String name, int max) {
      return List.of();
    }

    @Override
    public Optional<Place> byId(long geonameId) {
      return Optional.empty();
    }

    @Override
    public Optional<Place> country(String countryCode) {
      return Optional.empty();
    }

    @Override
    public Optional<Place> region(String countryCode, String admin1Code) {
      return Optional.empty();
    }

    @Override
    public void close() {}
  }
}
