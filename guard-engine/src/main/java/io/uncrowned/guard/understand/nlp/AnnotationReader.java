package io.uncrowned.guard.understand.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;

/** Turns a CoreNLP {@code Annotation} of one piece of text into our records, shifting offsets. */
final class AnnotationReader {
  private AnnotationReader() {}

  /**
   * Appends the sentences and mentions of {@code doc}, whose text starts at {@code offset} in the whole text;
   * sentence numbers continue from those already in {@code sentences}.
   */
  static void read(Annotation doc, int offset, List<Sentence> sentences, List<NerMention> mentions) {
    int firstSentence = sentences.size();
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(token(t, text, offset));
      }
      if (!tokens.isEmpty()) {
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        sentences.add(new Sentence(span, tokens));
      }
    }
    List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (found == null) {
      return;
    }
    for (CoreMap m : found) {
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Integer sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
      String label = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      mentions.add(
          new NerMention(
              new Span(offset + begin, offset + end),
              text.substring(begin, end),
              type(label),
              firstSentence + (sentence == null ? 0 : sentence)));
    }
  }

  private static Token token(CoreLabel t, String text, int offset) {
    int begin = t.beginPosition();
    int end = t.endPosition();
    String word = text.substring(begin, end);
    String lemma = t.lemma() == null ? word : t.lemma();
    String ner = t.ner() == null ? "O" : t.ner();
    return new Token(new Span(offset + begin, offset + end), word, lemma, t.tag(), ner);
  }

  /** Our class for a CoreNLP label, fine-grained place labels folded into LOCATION. */
  static NerType type(String label) {
    if (label == null) {
      return NerType.OTHER;
    }
    return switch (label) {
      case "PERSON" -> NerType.PERSON;
      case "ORGANIZATION" -> NerType.ORGANIZATION;
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> NerType.LOCATION;
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> NerType.NATIONALITY;
      default -> NerType.OTHER;
    };
  }
}
