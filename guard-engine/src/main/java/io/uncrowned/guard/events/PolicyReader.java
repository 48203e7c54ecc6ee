package io.uncrowned.guard.events;

import static io.uncrowned.guard.events.Arguments.lemma;

import io.uncrowned.guard.events.parse.DepToken;
import io.uncrowned.guard.events.parse.ParsedSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the decisions in one parsed sentence: a trigger (a decision verb, or a support verb with a permission
 * or restriction noun), its kind after negation, and its arguments. Wishes, questions and hypotheticals are
 * not decisions; neither is anything decided by an actor that cannot decide (a goalkeeper, an app).
 */
final class PolicyReader {
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");

  /** The drafts of {@code phrases}' sentence; an elaboration draft when it only adds limits to an earlier one. */
  List<Draft> read(Phrases phrases, Links links) {
    ParsedSentence s = phrases.sentence();
    Arguments args = new Arguments(phrases, links);
    List<Draft> out = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    Map<Integer, Draft> byVerb = new HashMap<>();
    for (DepToken t : s.tokens()) {
      if (consumed.contains(t.index()) || !t.isVerb()) {
        continue;
      }
      Optional<Trigger> trigger = trigger(s, t);
      if (trigger.isEmpty() || !decided(s, t, args)) {
        continue;
      }
      trigger.get().argsFrom().ifPresent(inner -> consumed.add(inner.index()));
      Optional<Draft> draft = new DraftBuilder(s, args, trigger.get()).build();
      if (draft.isEmpty()) {
        continue;
      }
      Draft d = draft.get();
      d.evidence.add(s.span());
      if (d.subject == null && d.subjectIsPronoun && !out.isEmpty()) {
        d.subject = out.get(out.size() - 1).subject; // "cut the quota for foreign vessels and barred them from…"
      }
      Draft host = byVerb.get(t.head());
      boolean participle = t.pos().equals("VBG") && Set.of("advcl", "conj", "dep").contains(t.relation())
          && s.child(t, "nsubj").isEmpty();
      // a decider-less host (a passive without agent) is not made whole by its participle's subject
      if (host != null && host.kind == d.kind && participle && !host.actors.isEmpty()) {
        elaborate(host, d); // "added 14 firms to its sanctions list, barring Canadian firms from…": one decision
      } else {
        out.add(d);
        byVerb.put(t.index(), d);
      }
    }
    if (out.isEmpty()) {
      nominal(s, args).ifPresent(out::add);
    }
    if (out.isEmpty() && elaborates(s)) {
      out.add(elaboration(s, args));
    }
    return out;
  }

  /**
   * The decision a verb carries. {@code argsFrom} is the verb whose arguments describe what is decided, when
   * not the trigger itself: "refused to authorise X" reads X off "authorise".
   */
  record Trigger(DepToken verb, PolicyKind kind, DepToken argsVerb, DepToken object, boolean negated, String modality) {
    Optional<DepToken> argsFrom() {
      return argsVerb == verb ? Optional.empty() : Optional.of(argsVerb);
    }
  }

  private Optional<Trigger> trigger(ParsedSentence s, DepToken t) {
    String l = lemma(t);
    Optional<PolicyKind> particle = particleKind(s, t);
    if (particle.isPresent()) {
      return particleTrigger(s, t, particle.get());
    }
    DepToken obj = headNoun(s, s.child(t, "obj").orElse(s.child(t, "nsubj:pass").orElse(null)));
    String objLemma = obj == null ? "" : lemma(obj);
    PolicyKind kind = Lexicon.DECISION_VERBS.get(l);
    DepToken argsVerb = t;
    if (kind == null) {
      kind = supportKind(l, obj, s);
      if (kind == null) {
        return Optional.empty();
      }
    } else if (!objectFits(s, t, kind, l, objLemma)) {
      Optional<DepToken> inner = s.child(t, "xcomp").filter(x -> grantsOrEases(s, x));
      if (kind != PolicyKind.REFUSE || inner.isEmpty()) {
        return Optional.empty();
      }
      argsVerb = inner.get(); // "refused to authorise", "declined to lift", "declined to grant a licence"
    }
    boolean negated = negated(s, t);
    String modality = modality(s, t);
    if (negated) {
      if (kind != PolicyKind.GRANT) {
        return Optional.empty(); // "did not ban" states no decision worth a record
      }
      boolean pastRefusal = s.children(t, "aux").stream().anyMatch(a -> lemma(a).equals("do") && a.pos().equals("VBD"));
      kind = pastRefusal ? PolicyKind.REFUSE : PolicyKind.RESTRICT;
    } else if (kind != PolicyKind.RESTRICT && underRefusal(s, t)) {
      kind = PolicyKind.REFUSE; // "Athens' refusal to let Turkish ships operate…"
    }
    return Optional.of(new Trigger(t, kind, argsVerb, obj, negated, modality));
  }

  /**
   * Folds a participle's reading of a decision into the decision it elaborates. The party the participle names
   * is who the decision binds ("…, barring Canadian firms from doing business with them"), so it wins.
   */
  private static void elaborate(Draft host, Draft d) {
    host.subject = d.subject != null ? d.subject : host.subject;
    host.action = d.subject != null && d.action != null ? d.action : host.action;
    host.area.addAll(d.area);
    d.limits.stream().filter(l -> !host.limits.contains(l)).forEach(host.limits::add);
    host.purpose = host.purpose == null ? d.purpose : host.purpose;
  }

  /**
   * A decision stated as a noun owned by its decider, in a sentence with no decision verb: "Beijing's new curbs
   * on exports of drone parts", "China's removal of punitive tariffs", "the ban, which Seoul announced".
   */
  private Optional<Draft> nominal(ParsedSentence s, Arguments args) {
    for (DepToken n : s.tokens()) {
      PolicyKind kind = n.isNoun() ? Lexicon.DECISION_NOUNS.get(lemma(n)) : null;
      if (kind == null || args.owner(n).isEmpty() || !decided(s, n, args) || background(s, n)) {
        continue;
      }
      DepToken object = n;
      if (kind == PolicyKind.LIFT || kind == PolicyKind.EXTEND || kind == PolicyKind.REFUSE) {
        // "removal of punitive tariffs", "extension of the waiver", "rejection of Kyiv's request"
        object = Arguments.withCase(s, n, "of").stream().findFirst().orElse(kind == PolicyKind.EXTEND ? null : n);
        if (object == null || kind == PolicyKind.LIFT && !Lexicon.RESTRICTION_NOUNS.contains(lemma(object))) {
          continue;
        }
      }
      Trigger trigger = new Trigger(n, kind, n, object, false, null);
      Optional<Draft> d = new DraftBuilder(s, args, trigger).build().filter(x -> !x.actors.isEmpty());
      if (d.isPresent()) {
        d.get().evidence.add(s.span());
        return d;
      }
    }
    return Optional.empty();
  }

  /** "Since Japan's ban in 2019…", "before the ban…": a decision recalled as background, not reported. */
  private static boolean background(ParsedSentence s, DepToken t) {
    DepToken cur = t;
    for (int depth = 0; depth < 4 && cur != null; depth++) {
      if (s.children(cur, "case", "mark").stream().anyMatch(m -> Set.of("since", "before").contains(lemma(m)))) {
        return true;
      }
      cur = cur.head() == 0 ? null : s.token(cur.head());
    }
    return false;
  }

  /** A verb that grants, lifts or extends, alone or through a permission noun ("grant a licence"). */
  private static boolean grantsOrEases(ParsedSentence s, DepToken x) {
    PolicyKind k = Lexicon.DECISION_VERBS.get(lemma(x));
    if (k == PolicyKind.GRANT || k == PolicyKind.LIFT || k == PolicyKind.EXTEND) {
      return true;
    }
    DepToken obj = headNoun(s, s.child(x, "obj").orElse(null));
    return supportKind(lemma(x), obj, s) == PolicyKind.GRANT;
  }

  /** True when {@code t} is what a refusal refuses: the complement of "refusal", "rejection". */
  private static boolean underRefusal(ParsedSentence s, DepToken t) {
    // the parser often makes the refusal the verb's subject: "Athens' refusal to let…" → nsubj(let, refusal)
    if (s.children(t, "nsubj").stream().anyMatch(n -> n.isNoun() && Lexicon.REFUSING.contains(lemma(n)))) {
      return true;
    }
    if (t.head() == 0 || !Set.of("acl", "xcomp").contains(t.relation())) {
      return false;
    }
    return Lexicon.REFUSING.contains(lemma(s.token(t.head()))) && s.token(t.head()).isNoun();
  }

  /** The kind of a verb that decides only with its particle: "signed off", "ruled out", "rolled back". */
  private static Optional<PolicyKind> particleKind(ParsedSentence s, DepToken t) {
    for (DepToken p : s.children(t, "compound:prt")) {
      PolicyKind k = Lexicon.PARTICLE_VERBS.get(lemma(t) + " " + lemma(p));
      if (k != null) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * A trigger read off a particle verb, with what it applies to: "signed off on the sale" (the thing after
   * "on"), "ruled out sending jets" (the verb governed), "turned down the request", "rolled back the curbs".
   */
  private Optional<Trigger> particleTrigger(ParsedSentence s, DepToken t, PolicyKind kind) {
    DepToken obj = headNoun(s, s.child(t, "obj").orElse(null));
    DepToken argsVerb = t;
    switch (lemma(t)) {
      case "sign" -> {
        if (obj == null) {
          obj = Arguments.withCase(s, t, "on").stream().findFirst().orElse(null);
        }
        if (obj == null) {
          return Optional.empty();
        }
      }
      case "rule" -> {
        DepToken what = s.children(t, "xcomp", "advcl", "ccomp", "dep").stream()
            .filter(x -> Lexicon.RULED_OUT.contains(lemma(x))).findFirst()
            .orElse(obj != null && (Lexicon.RULED_OUT.contains(lemma(obj)) || Lexicon.REQUEST_NOUNS.contains(lemma(obj))
                || Lexicon.PERMISSION_NOUNS.contains(lemma(obj))) ? obj : null);
        if (what == null) {
          return Optional.empty();
        }
        if (what.isVerb()) {
          argsVerb = what;
          obj = null;
        }
      }
      case "turn" -> {
        if (obj == null || !Lexicon.REQUEST_NOUNS.contains(lemma(obj)) && !Lexicon.PERMISSION_NOUNS.contains(lemma(obj))) {
          return Optional.empty();
        }
      }
      default -> {
        if (obj == null || !Lexicon.RESTRICTION_NOUNS.contains(lemma(obj))) {
          return Optional.empty();
        }
      }
    }
    if (negated(s, t)) {
      return Optional.empty();
    }
    return Optional.of(new Trigger(t, kind, argsVerb, obj, false, modality(s, t)));
  }

  private static final Set<String> QUANTITIES = Set.of("part", "some", "most", "all", "many", "several", "rest", "one");

  /** The noun a quantity stands for: "part of its drought restrictions" → "restrictions". */
  static DepToken headNoun(ParsedSentence s, DepToken obj) {
    if (obj == null || !QUANTITIES.contains(lemma(obj))) {
      return obj;
    }
    for (DepToken n : s.children(obj, "nmod")) {
      if (s.children(n, "case").stream().anyMatch(c -> lemma(c).equals("of"))) {
        return n;
      }
    }
    return obj;
  }

  private static PolicyKind supportKind(String verb, DepToken obj, ParsedSentence s) {
    if (obj == null || !Lexicon.SUPPORT_VERBS.containsKey(verb)) {
      return null;
    }
    String o = lemma(obj);
    boolean greenLight = o.equals("light") && s.children(obj).stream().anyMatch(c -> lemma(c).equals("green"));
    boolean goAhead = o.equals("ahead") && s.children(obj).stream().anyMatch(c -> lemma(c).equals("go"));
    boolean permission = Lexicon.PERMISSION_NOUNS.contains(o) && !o.equals("light") || greenLight || goAhead;
    PolicyKind kind = Lexicon.SUPPORT_VERBS.get(verb);
    if (permission && (kind == PolicyKind.GRANT || kind == PolicyKind.REFUSE)) {
      return kind;
    }
    return Lexicon.RESTRICTION_NOUNS.contains(o) && kind == PolicyKind.RESTRICT ? kind : null;
  }

  /** Verbs whose meaning depends on their object only decide with the right kind of object. */
  private static boolean objectFits(ParsedSentence s, DepToken t, PolicyKind kind, String verb, String obj) {
    boolean hasXcomp = s.child(t, "xcomp").isPresent();
    return switch (kind) {
      case LIFT -> verb.equals("resume") ? Lexicon.RESUMABLE.contains(obj)
          : Lexicon.RESTRICTION_NOUNS.contains(obj) || verb.equals("reopen") && passage(s, t)
          || verb.equals("remove") && offAList(s, t, "from");
      case EXTEND -> Lexicon.RESTRICTION_NOUNS.contains(obj) || Lexicon.PERMISSION_NOUNS.contains(obj)
          || !Set.of("keep", "maintain").contains(verb) && Set.of("protection", "status", "scheme", "visa", "mandate", "deadline", "programme", "program", "deal", "agreement", "suspension", "measure",
              "exemption", "waiver", "licence", "license").contains(obj);
      case REFUSE -> Lexicon.REQUEST_NOUNS.contains(obj) || Lexicon.PERMISSION_NOUNS.contains(obj);
      case RESTRICT -> switch (verb) {
        case "add" -> offAList(s, t, "to");
        // "capped exports of rice", not "limited the damage"; "the permission is limited to…" only elaborates
        case "limit", "cap", "pause" -> s.child(t, "obj").isPresent()
            && (Lexicon.RESUMABLE.contains(obj) || Lexicon.TRANSFER_NOUNS.contains(obj));
        case "sanction" -> obj != null && !obj.isEmpty() && s.child(t, "obj").map(o -> o.pos().startsWith("NNP")
            || Lexicon.PARTY_NOUNS.contains(lemma(o))).orElse(false); // "sanctioned three shipping firms"
        case "cut", "tighten", "reduce", "reinstate", "reimpose" -> Lexicon.RESTRICTION_NOUNS.contains(obj);
        case "shut", "close" -> passage(s, t); // "closed its airspace", not "closed the plant"
        default -> !Lexicon.RESTRICT_THROUGH_NOUN.contains(verb) || Lexicon.PERMISSION_NOUNS.contains(obj)
            || Lexicon.REQUEST_NOUNS.contains(obj)
            || Set.of("aid", "shipment", "delivery", "export", "asset", "account", "fund").contains(obj);
      };
      case GRANT -> switch (verb) {
        case "approve", "okay", "ok" -> hasXcomp || Lexicon.REQUEST_NOUNS.contains(obj) || ownedByAParty(s, t)
            || Lexicon.PERMISSION_NOUNS.contains(obj) || madeBy(s, t).isPresent();
        case "clear" -> hasXcomp || Lexicon.REQUEST_NOUNS.contains(obj) || obj.equals("way") && hasFor(s, t);
        case "let" -> hasXcomp || s.child(t, "ccomp").isPresent(); // "let Polish pilots train" parsed as a clause
        default -> !Lexicon.COURT_NOUNS.contains(obj);
      };
    };
  }

  /**
   * True when what {@code t} opens or closes is a passage: "its airspace", "the Upper Lars crossing" (which a
   * headline's parse may leave as a verb form hung on the verb).
   */
  private static boolean passage(ParsedSentence s, DepToken t) {
    for (DepToken c : s.children(t, "obj", "dep", "nsubj:pass")) {
      for (DepToken w : s.subtree(c)) {
        if (Lexicon.PASSAGES.contains(lemma(w)) || Lexicon.PASSAGES.contains(w.word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "removed Tarrega Ship Management from its sanctions list", "added 27 entities to its Entity List": a party
   * taken off or put on a list of the sanctioned or barred.
   */
  static boolean offAList(ParsedSentence s, DepToken t, String preposition) {
    return Arguments.withCase(s, t, preposition).stream()
        .anyMatch(n -> Set.of("list", "blacklist", "register").contains(lemma(n)));
  }

  /**
   * Who made an approved product: "Cordalin, an Alzheimer's drug made by Merrow Biotech", "a vaccine from
   * Aranha Bio", "developed by Keirin Pharma". A regulator approving it lets its maker sell it.
   */
  static Optional<DepToken> madeBy(ParsedSentence s, DepToken t) {
    for (DepToken o : s.children(t, "obj")) {
      List<DepToken> around = new ArrayList<>(List.of(o));
      around.addAll(s.children(o, "appos"));
      for (DepToken n : around) {
        for (DepToken a : s.children(n, "acl", "amod")) {
          if (Set.of("make", "develop", "produce", "manufacture", "build", "design").contains(lemma(a))) {
            Optional<DepToken> by = Arguments.withCase(s, a, "by").stream().findFirst();
            if (by.isPresent()) {
              return by;
            }
          }
        }
        Optional<DepToken> from = Arguments.withCase(s, n, "from", "by").stream()
            .filter(f -> f.pos().startsWith("NNP")).findFirst();
        if (from.isPresent()) {
          return from;
        }
      }
    }
    return Optional.empty();
  }

  /** "approved Kessler Biolabs' inhaler": the approved thing belongs to a named party, as a product does. */
  private static boolean ownedByAParty(ParsedSentence s, DepToken t) {
    return s.children(t, "obj").stream().flatMap(o -> s.children(o, "nmod:poss").stream())
        .anyMatch(p -> p.pos().startsWith("NNP"));
  }

  /** "cleared the way for Ukraine to…": who the way is cleared for, on the verb or on "way". */
  private static boolean hasFor(ParsedSentence s, DepToken t) {
    List<DepToken> around = new ArrayList<>(s.children(t, "obl", "advcl"));
    s.child(t, "obj").ifPresent(o -> around.addAll(s.children(o, "nmod", "acl")));
    return around.stream().anyMatch(n -> s.children(n, "case", "mark").stream().anyMatch(c -> lemma(c).equals("for")));
  }

  private static boolean negated(ParsedSentence s, DepToken t) {
    return s.children(t, "advmod", "neg").stream().anyMatch(c -> NEGATIONS.contains(lemma(c)))
        || s.children(t, "advmod").stream().anyMatch(c -> lemma(c).equals("longer"));
  }

  private static String modality(ParsedSentence s, DepToken t) {
    return s.children(t, "aux").stream().map(Arguments::lemma)
        .filter(a -> !a.equals("have") && !a.equals("be") && !a.equals("do") && !a.equals("to")).findFirst().orElse(null);
  }

  /** False for wishes, questions, conditions and hypotheticals: "urged Berlin to allow", "could allow". */
  private static boolean decided(ParsedSentence s, DepToken t, Arguments args) {
    String modal = modality(s, t);
    if (modal != null && Lexicon.HYPOTHETICAL.contains(modal)) {
      return false;
    }
    if (s.children(t, "mark").stream().anyMatch(m -> Set.of("if", "whether", "unless").contains(lemma(m)))
        || background(s, t)) {
      return false;
    }
    DepToken last = s.tokens().get(s.tokens().size() - 1);
    if (last.word().equals("?") || counterfactual(s, t)) {
      return false;
    }
    if (s.tokens().stream().anyMatch(w -> Lexicon.SPORT_WORDS.contains(lemma(w)))) {
      return false;
    }
    DepToken cur = t;
    for (int depth = 0; depth < 4 && cur.head() != 0; depth++) {
      if (!Set.of("xcomp", "ccomp", "conj").contains(cur.baseRelation()) && !cur.relation().equals("xcomp")) {
        break;
      }
      cur = s.token(cur.head());
      if (Lexicon.NOT_DECIDED.contains(lemma(cur))) {
        return false;
      }
    }
    // "refused to comment on reports that Norway had authorised…": hearsay, not a decision reported as taken
    cur = t;
    for (int depth = 0; depth < 3 && cur.head() != 0; depth++) {
      if (!Set.of("acl", "ccomp", "xcomp", "conj").contains(cur.baseRelation())) {
        break;
      }
      cur = s.token(cur.head());
      if (Lexicon.REPORT_NOUNS.contains(lemma(cur)) && cur.isNoun()) {
        return false;
      }
    }
    return true;
  }

  /** "Had Washington authorised the strikes…": an inverted auxiliary before the subject marks a counterfactual. */
  private static boolean counterfactual(ParsedSentence s, DepToken t) {
    Optional<DepToken> subj = s.child(t, "nsubj");
    return subj.isPresent() && s.children(t, "aux").stream()
        .anyMatch(a -> Set.of("have", "be", "do").contains(lemma(a)) && a.index() < subj.get().index()
            && s.tokens().stream().noneMatch(w -> w.index() < a.index() && w.isVerb()));
  }

  /**
   * A sentence that states the limits of a decision without its verb: "This authorisation is strictly limited
   * to…", "the weapons are to be used solely for counter-fire".
   */
  private static boolean elaborates(ParsedSentence s) {
    boolean limit = s.tokens().stream().anyMatch(t -> Set.of("strictly", "solely", "exclusively").contains(lemma(t))
        || Set.of("limit", "restrict", "confine").contains(lemma(t)) && t.pos().equals("VBN"));
    boolean aboutUse = s.tokens().stream().anyMatch(t -> Lexicon.PERMISSION_NOUNS.contains(lemma(t)) && !lemma(t).equals("light")
        || Lexicon.USE_VERBS.contains(lemma(t)) && t.isVerb());
    return limit && aboutUse;
  }

  private static Draft elaboration(ParsedSentence s, Arguments args) {
    Draft d = new Draft();
    d.trigger = "elaboration";
    d.area.addAll(args.areas(null, Set.of()));
    args.purpose(null).ifPresent(p -> d.purpose = p);
    args.against(null).ifPresent(a -> d.targets = a);
    d.limits.addAll(args.limits());
    d.reversal = args.reversal();
    DepToken root = s.tokens().stream().filter(t -> t.head() == 0).findFirst().orElse(s.token(1));
    if (Lexicon.REPORTING.contains(lemma(root))) {
      s.child(root, "nsubj").ifPresent(n -> d.attributedTo = args.nounPhrase(n, Set.of("acl:relcl")));
    }
    d.evidence.add(s.span());
    return d;
  }
}
