package io.uncrowned.guard.events;

import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovers the verb of a headline the tagger read as a noun ("Vietnam okays Lumora Airways' route": "okays"
 * tagged as a plural noun). Headlines drop articles and auxiliaries, which is what misleads a tagger trained on
 * running text; a sentence with no verb at all whose word after the first name is a decision verb in the third
 * person is retagged before parsing, so the parse has a root to hang the arguments on.
 */
final class HeadlineVerbs {
  private HeadlineVerbs() {}

  /** {@code sentence} with its decision verb retagged, or the sentence itself when it has a verb already. */
  static Sentence retag(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.stream().anyMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"))) {
      return sentence;
    }
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Optional<String> verb = decisionVerb(t);
      if (verb.isPresent() && tokens.get(i - 1).pos().startsWith("NNP")) {
        List<Token> out = new ArrayList<>(tokens);
        out.set(i, new Token(t.span(), t.word(), verb.get(), "VBZ", t.ner()));
        return new Sentence(sentence.span(), out);
      }
    }
    return sentence;
  }

  /** The lemma of a third-person form of a decision or support verb ("okays" → "okay", "bars" → "bar"). */
  private static Optional<String> decisionVerb(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (!t.pos().startsWith("NN") || !w.endsWith("s")) {
      return Optional.empty();
    }
    for (String stem : List.of(w.substring(0, w.length() - 1), w.length() > 3 ? w.substring(0, w.length() - 2) : "")) {
      if (Lexicon.DECISION_VERBS.containsKey(stem) || Lexicon.SUPPORT_VERBS.containsKey(stem)) {
        return Optional.of(stem);
      }
    }
    return Optional.empty();
  }
}
