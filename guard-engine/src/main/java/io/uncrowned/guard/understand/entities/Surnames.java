package io.uncrowned.guard.understand.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges a person named by one word ("Kowalczyk") with the person named in full in the same article
 * ("Marta Kowalczyk"): the nearest full name before it whose last (or first) word it is, else the first one
 * after it. A word matching several different full names before it takes the nearest.
 */
final class Surnames {
  List<Candidate> merge(List<Candidate> candidates) {
    List<Candidate> full = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.kind() == EntityKind.PERSON && c.name().contains(" ")) {
        full.add(c);
      }
    }
    if (full.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(c.kind() == EntityKind.PERSON && !c.name().contains(" ") ? resolve(c, full) : c);
    }
    return out;
  }

  private static Candidate resolve(Candidate single, List<Candidate> full) {
    Candidate before = null;
    Candidate after = null;
    for (Candidate f : full) {
      if (!matches(single.name(), f.name())) {
        continue;
      }
      if (f.span().start() < single.span().start()) {
        before = f;
      } else if (after == null) {
        after = f;
      }
    }
    Candidate match = before != null ? before : after;
    return match == null ? single : single.renamed(EntityKind.PERSON, match.name(), match.country());
  }

  private static boolean matches(String word, String fullName) {
    String[] parts = fullName.split(" ");
    return parts[parts.length - 1].equals(word) || parts[0].equals(word);
  }
}
