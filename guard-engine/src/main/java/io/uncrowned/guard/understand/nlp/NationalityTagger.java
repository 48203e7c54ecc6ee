package io.uncrowned.guard.understand.nlp;

import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds NATIONALITY mentions for nationality words the NER model left untagged or tagged as something weaker.
 * The fast CRF model has no nationality class; this list lookup keeps "Russian forces" and "Ukrainians"
 * for the entity linker at almost no cost. A nationality word inside a person or organisation name
 * ("Russian Academy of Sciences") is left alone.
 */
final class NationalityTagger {
  private final Demonyms demonyms;

  NationalityTagger(Demonyms demonyms) {
    this.demonyms = demonyms;
  }

  AnnotatedText tag(AnnotatedText in) {
    List<NerMention> mentions = new ArrayList<>(in.mentions());
    List<Sentence> sentences = new ArrayList<>(in.sentences().size());
    for (int s = 0; s < in.sentences().size(); s++) {
      sentences.add(tagSentence(in.sentences().get(s), s, mentions));
    }
    mentions.sort(Comparator.comparing(NerMention::span));
    return new AnnotatedText(sentences, mentions);
  }

  private Sentence tagSentence(Sentence sentence, int index, List<NerMention> mentions) {
    List<Token> tokens = new ArrayList<>(sentence.tokens());
    for (int i = 0; i < tokens.size(); i++) {
      int length = match(tokens, i);
      if (length == 0) {
        continue;
      }
      Span span = new Span(tokens.get(i).span().start(), tokens.get(i + length - 1).span().end());
      if (claim(span, mentions)) {
        StringBuilder text = new StringBuilder();
        for (int k = i; k < i + length; k++) {
          Token t = tokens.get(k);
          text.append(k > i ? " " : "").append(t.word());
          tokens.set(k, new Token(t.span(), t.word(), t.lemma(), t.pos(), "NATIONALITY"));
        }
        mentions.add(new NerMention(span, text.toString(), NerType.NATIONALITY, index));
      }
      i += length - 1;
    }
    return new Sentence(sentence.span(), tokens);
  }

  /** The number of tokens of the longest nationality phrase starting at {@code i}, or 0. */
  private int match(List<Token> tokens, int i) {
    for (int n = Math.min(demonyms.maxWords(), tokens.size() - i); n >= 1; n--) {
      StringBuilder phrase = new StringBuilder(tokens.get(i).word());
      for (int k = i + 1; k < i + n; k++) {
        phrase.append(' ').append(tokens.get(k).word());
      }
      if (demonyms.contains(phrase.toString())) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Removes mentions the nationality replaces (weaker classes overlapping it, or a place or organisation of
   * exactly its extent, which the CRF sometimes makes of "Ukrainian"); false when a name covers it.
   */
  private static boolean claim(Span span, List<NerMention> mentions) {
    for (NerMention m : mentions) {
      boolean overlaps = m.span().start() < span.end() && span.start() < m.span().end();
      if (overlaps && m.type() == NerType.NATIONALITY) {
        return false;
      }
      boolean strong = m.type() == NerType.PERSON || m.type() == NerType.ORGANIZATION || m.type() == NerType.LOCATION;
      // a person stays a person ("Christian" the name); only a place or organisation of the same extent yields
      if (overlaps && strong && (!m.span().equals(span) || m.type() == NerType.PERSON)) {
        return false;
      }
    }
    mentions.removeIf(m -> m.span().start() < span.end() && span.start() < m.span().end());
    return true;
  }
}
