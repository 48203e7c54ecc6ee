package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.events.parse.DepToken;
import io.uncrowned.guard.events.parse.ParsedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns parts of a dependency tree back into the words of the text. */
final class Phrases {
  /** Relations that start another clause or a parallel phrase: never part of a phrase's words. */
  private static final Set<String> CLAUSAL =
      Set.of("conj", "cc", "punct", "appos", "acl:relcl", "parataxis", "advcl", "dep", "ccomp");

  /** Longest phrase kept; longer subtrees are cut at the head's own modifiers. */
  private static final int MAX_TOKENS = 14;

  private final String text;
  private final ParsedSentence sentence;

  Phrases(String text, ParsedSentence sentence) {
    this.text = text;
    this.sentence = sentence;
  }

  ParsedSentence sentence() {
    return sentence;
  }

  /** The tokens of {@code head}'s phrase: its subtree without clauses, conjuncts and the relations in {@code skip} (exact). */
  List<DepToken> tokens(DepToken head, Set<String> skip) {
    List<DepToken> out = new ArrayList<>();
    collect(head, head, skip, out);
    out.sort((a, b) -> Integer.compare(a.index(), b.index()));
    if (out.size() > MAX_TOKENS) {
      out.removeIf(t -> t.head() != head.index() && t != head
          && !sentence.token(t.head()).relation().matches("compound|amod|det|nmod:poss|case"));
    }
    return hyphenJoined(contiguous(head, out));
  }

  /**
   * The run grown over words hyphen-joined to its edges: a parser often hangs "Russian" of "Russian-registered
   * cars" elsewhere, but the written word is one and the phrase keeps it whole.
   */
  private List<DepToken> hyphenJoined(List<DepToken> run) {
    List<DepToken> out = new ArrayList<>(run);
    while (out.get(0).index() > 2 && touchingHyphen(out.get(0).index() - 1)) {
      out.add(0, sentence.token(out.get(0).index() - 1));
      out.add(0, sentence.token(out.get(0).index() - 1));
    }
    int last = sentence.tokens().size();
    while (out.get(out.size() - 1).index() < last - 1 && touchingHyphen(out.get(out.size() - 1).index() + 1)) {
      out.add(sentence.token(out.get(out.size() - 1).index() + 1));
      out.add(sentence.token(out.get(out.size() - 1).index() + 1));
    }
    return out;
  }

  /** True when token {@code i} is a hyphen written with no space on either side. */
  private boolean touchingHyphen(int i) {
    DepToken h = sentence.token(i);
    return h.word().equals("-") && sentence.token(i - 1).span().end() == h.span().start()
        && h.span().end() == sentence.token(i + 1).span().start();
  }

  private void collect(DepToken t, DepToken root, Set<String> skip, List<DepToken> out) {
    out.add(t);
    for (DepToken c : sentence.children(t)) {
      if (CLAUSAL.contains(c.relation()) || CLAUSAL.contains(c.baseRelation()) || skip.contains(c.relation())
          || c.pos().equals("-LRB-")) {
        continue;
      }
      collect(c, root, skip, out);
    }
  }

  /** The run of tokens around {@code head} with no gap, so a phrase never jumps over excluded words. */
  private static List<DepToken> contiguous(DepToken head, List<DepToken> sorted) {
    int at = sorted.indexOf(head);
    int from = at;
    int to = at;
    while (from > 0 && sorted.get(from - 1).index() == sorted.get(from).index() - 1) {
      from--;
    }
    while (to < sorted.size() - 1 && sorted.get(to + 1).index() == sorted.get(to).index() + 1) {
      to++;
    }
    List<DepToken> run = new ArrayList<>(sorted.subList(from, to + 1));
    while (run.size() > 1 && isEdgeNoise(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    while (run.size() > 1 && isEdgeNoise(run.get(0))) {
      run.remove(0);
    }
    return run;
  }

  private static boolean isEdgeNoise(DepToken t) {
    return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.relation().equals("case")
        || t.relation().equals("mark") || t.relation().equals("cc");
  }

  Span span(List<DepToken> tokens) {
    return new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
  }

  String text(List<DepToken> tokens) {
    return span(tokens).of(text);
  }

  String text(DepToken head, Set<String> skip) {
    return text(tokens(head, skip));
  }

  /** The words of {@code tokens} without leading determiners and possessive pronouns ("its Western allies"). */
  String bare(List<DepToken> tokens) {
    int from = 0;
    while (from < tokens.size() - 1
        && (tokens.get(from).pos().equals("DT") || tokens.get(from).pos().equals("PRP$"))) {
      from++;
    }
    return text(tokens.subList(from, tokens.size()));
  }

  String sentenceText() {
    return sentence.span().of(text);
  }
}
