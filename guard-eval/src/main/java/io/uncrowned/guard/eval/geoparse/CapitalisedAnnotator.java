package io.uncrowned.guard.eval.geoparse;

import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Annotator;
import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in NLP engine without NER: word tokens, capitalised ones tagged NNP, one sentence. With it the
 * recognizer works from gazetteer evidence alone: the recognition baseline of {@code --recognizer
 * gazetteer-only}, and a way to run end to end where CoreNLP is not on the class path.
 */
public final class CapitalisedAnnotator implements Annotator {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  @Override
  public AnnotatedText annotate(String text, Lang language) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : ".";
      tokens.add(new Token(new Span(m.start(), m.end()), w, w, pos, "O"));
    }
    return new AnnotatedText(List.of(new Sentence(new Span(0, text.length()), tokens)), List.of());
  }

  @Override
  public boolean supports(Lang language) {
    return true;
  }
}
