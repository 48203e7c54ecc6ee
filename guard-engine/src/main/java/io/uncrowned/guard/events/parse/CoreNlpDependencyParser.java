package io.uncrowned.guard.events.parse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The {@link DependencyParser} backed by CoreNLP's neural transition parser with its English Universal
 * Dependencies model (from the models jar). It reuses the tokens, tags and lemmas the annotator already made,
 * so only the parse itself is paid for (a few milliseconds of CPU per sentence, measured by {@code guard bench
 * events}). Load once and share: parsing keeps no state between calls ({@code DependencyParserContractTest}
 * parses on two threads).
 */
public final class CoreNlpDependencyParser implements DependencyParser {
  /** The English UD model inside the CoreNLP models jar. */
  public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

  private CoreNlpDependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser parser) {
    this.parser = parser;
  }

  /** Loads the English UD model; slow, so do it once per process. */
  public static CoreNlpDependencyParser english() {
    Properties p = new Properties();
    p.setProperty("language", "UniversalEnglish");
    return new CoreNlpDependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(ENGLISH_UD, p));
  }

  @Override
  public ParsedSentence parse(Sentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    List<CoreLabel> words = new ArrayList<>();
    int i = 1;
    for (Token t : sentence.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setIndex(i++);
      words.add(l);
    }
    GrammaticalStructure gs = parser.predict(words);
    int n = words.size();
    int[] heads = new int[n + 1];
    String[] relations = new String[n + 1];
    java.util.Arrays.fill(relations, "dep");
    for (TypedDependency d : gs.typedDependencies()) {
      int dep = d.dep().index();
      if (dep >= 1 && dep <= n) {
        heads[dep] = d.gov().index();
        relations[dep] = d.reln().toString().toLowerCase(Locale.ROOT);
      }
    }
    List<DepToken> tokens = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      Token t = sentence.tokens().get(k - 1);
      tokens.add(new DepToken(k, t.span(), t.word(), t.lemma(), t.pos(), t.ner(), heads[k], relations[k]));
    }
    return new ParsedSentence(sentence.span(), tokens);
  }
}
