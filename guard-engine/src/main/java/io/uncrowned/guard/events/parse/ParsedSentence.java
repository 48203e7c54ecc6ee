package io.uncrowned.guard.events.parse;

import io.uncrowned.guard.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence with its dependency tree: tokens in order, token {@code i} at list position {@code i - 1}.
 *
 * @param span character span of the sentence in the analysed text
 */
public record ParsedSentence(Span span, List<DepToken> tokens) {
  public ParsedSentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i + 1 || tokens.get(i).head() > tokens.size()) {
        throw new IllegalArgumentException("token " + (i + 1) + " out of order or with a head outside the sentence");
      }
    }
  }

  /** The token with 1-based {@code index}. */
  public DepToken token(int index) {
    return tokens.get(index - 1);
  }

  /** The governor of {@code t}; empty for the root. */
  public Optional<DepToken> head(DepToken t) {
    return t.head() == 0 ? Optional.empty() : Optional.of(token(t.head()));
  }

  /** The dependents of {@code t}, in sentence order. */
  public List<DepToken> children(DepToken t) {
    List<DepToken> out = new ArrayList<>();
    for (DepToken c : tokens) {
      if (c.head() == t.index()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The dependents of {@code t} whose base relation is one of {@code relations}. */
  public List<DepToken> children(DepToken t, String... relations) {
    List<DepToken> out = new ArrayList<>();
    for (DepToken c : children(t)) {
      for (String r : relations) {
        if (c.relation().equals(r) || c.baseRelation().equals(r)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** The first dependent of {@code t} with one of {@code relations}. */
  public Optional<DepToken> child(DepToken t, String... relations) {
    List<DepToken> found = children(t, relations);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** True when {@code t} is {@code ancestor} or lies below it. */
  public boolean dominates(DepToken ancestor, DepToken t) {
    DepToken cur = t;
    for (int steps = 0; steps <= tokens.size(); steps++) {
      if (cur.index() == ancestor.index()) {
        return true;
      }
      if (cur.head() == 0) {
        return false;
      }
      cur = token(cur.head());
    }
    return false;
  }

  /** {@code t} and all tokens below it, in sentence order. */
  public List<DepToken> subtree(DepToken t) {
    List<DepToken> out = new ArrayList<>();
    for (DepToken c : tokens) {
      if (dominates(t, c)) {
        out.add(c);
      }
    }
    return out;
  }
}
