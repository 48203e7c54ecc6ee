package io.uncrowned.guard.understand.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind per name within an article. The CRF tags the same word differently from sentence to sentence
 * ("Kraków" a place here, an organisation there); each name found as a person, organisation and place
 * takes the kind it was given most often, the first one on a tie. Countries, governments and groups, which
 * our own rules decided, are left alone.
 */
final class KindVote {
  private static final Set<EntityKind> VOTING = Set.of(EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.LOCATION);

  private KindVote() {}

  static List<Candidate> apply(List<Candidate> candidates) {
    Map<String, Map<EntityKind, Integer>> votes = new HashMap<>();
    Map<String, EntityKind> first = new HashMap<>();
    for (Candidate c : candidates) {
      if (votes(c)) {
        votes.computeIfAbsent(c.name(), k -> new EnumMap<>(EntityKind.class)).merge(c.kind(), 1, Integer::sum);
        first.putIfAbsent(c.name(), c.kind());
      }
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(votes(c) ? c.renamed(winner(votes.get(c.name()), first.get(c.name())), c.name(), null) : c);
    }
    return out;
  }

  private static boolean votes(Candidate c) {
    return VOTING.contains(c.kind()) && c.country() == null && c.name().equals(c.text().strip());
  }

  private static EntityKind winner(Map<EntityKind, Integer> counts, EntityKind first) {
    EntityKind best = first;
    for (Map.Entry<EntityKind, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
