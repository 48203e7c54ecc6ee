package io.uncrowned.guard.events;

import static io.uncrowned.guard.events.Arguments.lemma;

import io.uncrowned.guard.events.parse.DepToken;
import io.uncrowned.guard.events.parse.ParsedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads general events (actor – action – target – place – time) off one parsed sentence. */
final class EventReader {
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
          "tomorrow", "week", "month", "year", "weekend", "morning", "evening", "night", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

  List<Event> read(Phrases phrases, Links links) {
    ParsedSentence s = phrases.sentence();
    Arguments args = new Arguments(phrases, links);
    List<Event> out = new ArrayList<>();
    for (DepToken t : s.tokens()) {
      String l = lemma(t);
      if (!t.isVerb() || !(EventWords.VERBS.contains(l) || Lexicon.DECISION_VERBS.containsKey(l))) {
        continue;
      }
      Party actor = args.actorHead(t).filter(a -> !args.isPronoun(a)).map(args::party).orElse(null);
      Optional<DepToken> targetHead = args.isPassive(t) ? s.child(t, "nsubj:pass") : s.child(t, "obj");
      Party target = targetHead.filter(a -> !args.isPronoun(a)).map(args::party).orElse(null);
      if (actor == null && target == null) {
        continue;
      }
      List<Area> places = args.areas(t, Set.of());
      Area place = places.isEmpty() ? null : places.get(0);
      out.add(new Event(l, actor, phrases.text(verbGroup(s, t)), target, place, time(s, t, args).orElse(null),
          t.span(), s.span()));
    }
    return out;
  }

  /** The verb with its auxiliaries and negation: "has authorized", "will not permit". */
  private static List<DepToken> verbGroup(ParsedSentence s, DepToken t) {
    List<DepToken> group = new ArrayList<>();
    for (DepToken c : s.children(t, "aux", "aux:pass", "advmod", "neg")) {
      if (c.index() < t.index() && (!c.baseRelation().equals("advmod") || Set.of("not", "never", "n't").contains(lemma(c)))) {
        group.add(c);
      }
    }
    group.add(t);
    if (group.get(0).index() != t.index()) {
      // keep the group contiguous: from its first word to the verb
      List<DepToken> run = new ArrayList<>();
      for (int i = group.get(0).index(); i <= t.index(); i++) {
        run.add(s.token(i));
      }
      return run;
    }
    return group;
  }

  private static Optional<String> time(ParsedSentence s, DepToken t, Arguments args) {
    for (DepToken c : s.children(t, "obl", "nmod")) {
      if (c.relation().endsWith("tmod") || TIME_WORDS.contains(lemma(c))) {
        String prep = args.preposition(c);
        String words = args.nounPhrase(c, Set.of("acl", "acl:relcl"));
        return Optional.of(prep.isEmpty() ? words : prep + " " + words);
      }
    }
    return Optional.empty();
  }
}
