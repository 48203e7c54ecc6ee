package io.uncrowned.guard.understand.entities;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges an acronym with its expansion when the article has both: "European Central Bank (ECB)" makes every
 * later "ECB" that bank. An all-capital word counts as the acronym of an organisation named in the article
 * when its letters are the initials of the name's capitalised words ("of", "the", "and"… skipped), whether
 * or not the engine tagged the acronym itself.
 */
final class Acronyms {
  private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&");

  private Acronyms() {}

  static List<Candidate> merge(String text, AnnotatedText annotated, List<Candidate> candidates) {
    Map<String, Candidate> expansions = new HashMap<>();
    for (Candidate c : candidates) {
      String initials = initials(c.name());
      if (c.kind() == EntityKind.ORGANIZATION && initials.length() >= 2) {
        expansions.putIfAbsent(initials, c);
      }
    }
    if (expansions.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Candidate expansion = expansions.get(c.text().replace(".", ""));
      boolean acronym = isAcronym(c.text()) && expansion != null && expansion != c;
      out.add(acronym ? c.renamed(EntityKind.ORGANIZATION, expansion.name(), expansion.country()) : c);
    }
    addUntagged(text, annotated, expansions, out);
    out.sort(Comparator.comparing(Candidate::span));
    return out;
  }

  /** Acronym tokens the engine did not tag, e.g. "ECB" inside parentheses. */
  private static void addUntagged(
      String text, AnnotatedText annotated, Map<String, Candidate> expansions, List<Candidate> out) {
    List<Span> taken = new ArrayList<>(out.stream().map(Candidate::span).toList());
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        Candidate expansion = expansions.get(t.word());
        if (expansion == null || !isAcronym(t.word()) || taken.stream().anyMatch(sp -> overlaps(sp, t.span()))) {
          continue;
        }
        out.add(new Candidate(t.span(), t.span().of(text), EntityKind.ORGANIZATION, expansion.name(), expansion.country()));
        taken.add(t.span());
      }
    }
  }

  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || SKIPPED.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return "";
      }
      b.append(w.charAt(0));
    }
    return b.length() < 2 ? "" : b.toString(); // a one-word name has no acronym
  }

  private static boolean isAcronym(String word) {
    String letters = word.replace(".", "");
    return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
