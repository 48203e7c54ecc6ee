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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in NLP engine for tests: one sentence, word tokens (capitalised ones tagged NNP), and the named
 * entities it is told about, found wherever their text occurs.
 */
final class ListAnnotator implements Annotator {
  private final Map<String, NerType> entities;

  ListAnnotator(Map<String, NerType> entities) {
    this.entities = Map.copyOf(entities);
  }

  @Override
  public AnnotatedText annotate(String text, Lang language) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]").matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : ".";
      tokens.add(new Token(new Span(m.start(), m.end()), w, w, pos, "O"));
    }
    List<NerMention> mentions = new ArrayList<>();
    entities.forEach((name, type) -> {
      Matcher e = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
      while (e.find()) {
        mentions.add(new NerMention(new Span(e.start(), e.end()), name, type, 0));
      }
    });
    return new AnnotatedText(List.of(new Sentence(new Span(0, text.length()), tokens)), mentions);
  }

  @Override
  public boolean supports(Lang language) {
    return true;
  }
}
