package io.uncrowned.guard.understand.nlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators and NER models to run. Chosen by measurement ({@code guard bench understand}):
 * {@link #FAST} is the engine's default.
 */
public enum CoreNlpProfile {
  /**
   * tokenize, ssplit, pos, lemma and one CRF model (3 classes: person, organisation, location); no SUTime,
   * no numeric classifiers, no fine-grained regexner. Nationalities come from our own demonym list.
   */
  FAST,
  /**
   * CoreNLP's stock English NER: three CRF models combined, SUTime, numeric classifiers and the fine-grained
   * KBP regexner (which tags NATIONALITY, COUNTRY, CITY…). Measured 12 times the CPU time per article of
   * {@link #FAST} and 900 MB of heap at rest (2.7 GB peak, 5 GB resident), for the same persons and
   * organisations; what it adds is dates, numbers, titles and ideologies.
   */
  DEFAULT;

  private static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The CoreNLP properties of this profile. */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ner.buildEntityMentions", "true");
    // canonical text separates paragraphs by a blank line: a heading without a full stop is its own sentence
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (this == FAST) {
      p.setProperty("ner.model", THREE_CLASS);
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
    }
    return p;
  }
}
