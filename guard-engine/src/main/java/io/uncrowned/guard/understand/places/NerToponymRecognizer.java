package io.uncrowned.guard.understand.places;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.NerMention;
import io.uncrowned.guard.understand.nlp.NerType;
import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Toponyms from the NLP engine's LOCATION mentions, plus gazetteer evidence: a run of proper-noun tokens
 * the engine left untagged becomes a toponym when it names a country or is exactly the name of a populated
 * place of at least {@value #MIN_POPULATION} people. Names the engine tagged as a person or
 * an organisation are left alone.
 */
public final class NerToponymRecognizer implements ToponymRecognizer {
  /** Smallest population for an untagged name to count as a toponym on gazetteer evidence alone. */
  public static final long MIN_POPULATION = 100_000;
  private static final int MAX_RUN = 3;
  private final Annotator annotator;
  private final Gazetteer gazetteer;

  public NerToponymRecognizer(Annotator annotator, Gazetteer gazetteer) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public List<Toponym> recognize(String text, Lang language) {
    AnnotatedText annotated = annotator.annotate(text, language);
    List<Toponym> out = new ArrayList<>();
    List<Span> named = new ArrayList<>();
    for (NerMention m : annotated.mentions()) {
      if (m.type() == NerType.LOCATION) {
        out.add(Toponym.of(text, m.span()));
      }
      if (m.type() != NerType.OTHER) {
        named.add(m.span());
      }
    }
    // One look-up per distinct name: gazetteer queries that miss fall back to slow fuzzy matching.
    Map<String, Boolean> known = new HashMap<>();
    for (Sentence s : annotated.sentences()) {
      fromGazetteer(text, s.tokens(), named, out, known);
    }
    out.sort(Comparator.comparing(Toponym::span));
    return out;
  }

  private void fromGazetteer(String text, List<Token> tokens, List<Span> named, List<Toponym> out,
      Map<String, Boolean> known) {
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && end - i < MAX_RUN && isProperNoun(tokens.get(end))) {
        end++;
      }
      // Longest run first: "New York" before "York".
      boolean found = false;
      for (int j = end; j > i && !found; j--) {
        Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
        if (named.stream().noneMatch(n -> overlaps(n, span)) && known.computeIfAbsent(span.of(text), this::isKnownPlace)) {
          out.add(Toponym.of(text, span));
          named.add(span);
          i = j;
          found = true;
        }
      }
      if (!found) {
        i++;
      }
    }
  }

  private boolean isKnownPlace(String name) {
    String folded = PlaceNames.fold(name);
    if (folded.replace(" ", "").length() < 3) {
      // Two letters are a country code as often as a word ("In", "TL;DR"): leave them to the NLP engine.
      return false;
    }
    // Countries are often known by an alternate name ("Russia" for the Russian Federation); a town must
    // carry the name itself, so that common words that are also alternate names stay out. Regions are
    // left to the NLP engine: too many are named by plain words ("Western", "Central").
    return gazetteer.candidates(name, 5).stream().anyMatch(p -> p.isCountry()
        || p.population() >= MIN_POPULATION && p.featureClass().equals("P")
            && (PlaceNames.fold(p.name()).equals(folded) || PlaceNames.fold(p.asciiName()).equals(folded)));
  }

  private static boolean isProperNoun(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
