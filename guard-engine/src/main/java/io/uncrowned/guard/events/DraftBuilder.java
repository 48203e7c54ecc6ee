package io.uncrowned.guard.events;

import static io.uncrowned.guard.events.Arguments.lemma;

import io.uncrowned.guard.events.parse.DepToken;
import io.uncrowned.guard.events.parse.ParsedSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Fills one {@link Draft} from a trigger: who decides, for whom, what, with what, where, for what, how limited. */
final class DraftBuilder {
  private static final Set<String> NO_PARTS = Set.of("acl", "nmod", "obl", "xcomp", "acl:relcl");

  private final ParsedSentence s;
  private final Arguments args;
  private final PolicyReader.Trigger trigger;
  private final Draft d = new Draft();
  private final Set<Integer> notArea = new HashSet<>();
  private final Set<Integer> actorTokens = new HashSet<>();

  DraftBuilder(ParsedSentence s, Arguments args, PolicyReader.Trigger trigger) {
    this.s = s;
    this.args = args;
    this.trigger = trigger;
  }

  /** The draft, or empty when the sentence names an actor that cannot take public decisions. */
  Optional<Draft> build() {
    DepToken t = trigger.verb();
    d.kind = trigger.kind();
    d.trigger = lemma(trigger.argsVerb());
    d.negated = trigger.negated();
    d.modality = trigger.modality();
    if (!actors(t)) {
      return Optional.empty();
    }
    d.passive = args.isPassive(trigger.argsVerb());
    whatAndForWhom(trigger.argsVerb());
    d.area.addAll(args.areas(t, notArea));
    passageArea(t).ifPresent(d.area::add);
    if (d.purpose == null) {
      args.purpose(t).ifPresent(p -> d.purpose = p);
    }
    if (d.targets == null) {
      args.against(t).ifPresent(a -> d.targets = a);
    }
    d.limits.addAll(args.limits());
    d.reversal = args.reversal();
    if (!d.reversal.reversed() && d.kind == PolicyKind.LIFT) {
      d.reversal = new Reversal(true, args.verbPhrase(t));
    }
    args.attribution(t).ifPresent(a -> d.attributedTo = a);
    return Optional.of(d);
  }

  private boolean actors(DepToken t) {
    Optional<DepToken> head = args.actorHead(t);
    boolean speaker = head.isPresent() && Set.of("we", "i").contains(lemma(head.get()));
    if (head.isEmpty() && args.isPassive(trigger.argsVerb()) || speaker) {
      // "'We have decided to allow…,' the Dutch defence minister said": the speaking state body decides
      // "…will be allowed through, the Hungarian agriculture ministry announced": the announcing state body decides
      head = args.reporter(t).filter(args::isStateBody);
      if (head.isEmpty() && !speaker) {
        // "Ukrainian grain lorries will be allowed through Hungary's border crossings": with no agent and no
        // announcing body, the one country the sentence names beside the subject is who allows
        head = args.soleCountryOutside(s.child(trigger.argsVerb(), "nsubj:pass").orElse(null));
      }
    }
    boolean decisionNoun = trigger.object() != null && trigger.object().isNoun()
        && (Lexicon.DECISION_NOUNS.containsKey(lemma(trigger.object())) || Lexicon.RESTRICTION_NOUNS.contains(lemma(trigger.object())));
    if (decisionNoun && !trigger.verb().isNoun()) {
      // "…, announcing Finland's ban on Russian-flagged ships": the ban's owner decided it, whoever announced it
      Optional<DepToken> owner = args.owner(trigger.object()).filter(o -> args.canDecide(o, args.party(o)));
      head = owner.isPresent() ? owner : head;
    }
    if (head.isEmpty() || args.isPronoun(head.get())) {
      return true; // said elsewhere: the draft may only join a decision stated with its actor
    }
    for (DepToken a : args.withConjuncts(head.get())) {
      Party p = args.decider(a);
      if (!args.canDecide(a, p)) {
        d.rejectedActor = true;
        return false;
      }
      d.actors.add(p);
      s.subtree(a).forEach(x -> notArea.add(x.index()));
      // the actor's own words, not a relative clause hung on it ("the Board, which approved X's therapy")
      args.phraseTokens(a).forEach(x -> actorTokens.add(x.index()));
    }
    return true;
  }

  private void whatAndForWhom(DepToken v) {
    // a relative pronoun can be an object too ("…, which on Monday approved Tavrin Labs' tablet")
    DepToken obj = PolicyReader.headNoun(s, s.children(v, "obj").stream()
        .filter(o -> !o.pos().startsWith("W")).findFirst().orElse(null));
    DepToken given = trigger.object();
    if (obj == null && given != null && given.head() == v.index() && given.baseRelation().equals("obl") || v.isNoun()) {
      obj = given; // "signed off on the sale": what a particle verb or a decision noun applies to
    }
    DepToken x = s.child(v, "xcomp").orElse(null);
    if (x == null && Lexicon.LETTING.contains(lemma(v)) && obj == null) {
      x = s.child(v, "ccomp").filter(c -> s.child(c, "nsubj").filter(args::isPartyLike).isPresent()).orElse(null);
      if (x != null) {
        obj = s.child(x, "nsubj").get(); // "let Polish pilots train…", parsed as a clause: who is let
      }
    }
    boolean restricts = d.kind == PolicyKind.RESTRICT && Lexicon.DECISION_VERBS.containsKey(lemma(v)) && !d.negated;
    if (restricts && x != null && (obj == null || !args.isAgentLike(obj))) {
      d.purpose = args.verbPhrase(x); // "banned exports to curb prices": the infinitive says why
      x = null;
    }
    DepToken from = restricts ? fromWhat(v, obj) : null;
    if (from != null && obj != null) {
      d.action = from.isVerb() ? args.verbPhrase(from) : args.nounPhrase(from, Set.of("acl:relcl", "obl", "nmod"));
      d.subject = args.party(obj); // "prohibited its companies from selling"
      s.subtree(obj).forEach(t -> notArea.add(t.index()));
      return;
    }
    DepToken who = null;
    boolean listed = PolicyReader.offAList(s, v, "from") || PolicyReader.offAList(s, v, "to");
    if (obj != null && (Lexicon.PARTY_OBJECT_VERBS.contains(lemma(v)) || listed) && args.isPartyLike(obj)) {
      who = obj; // "blacklisted four fuel traders", "removed Tarrega Ship Management from its sanctions list"
      d.subject = args.party(who);
      s.subtree(who).forEach(t -> notArea.add(t.index()));
      return;
    }
    Optional<DepToken> maker = Set.of("approve", "okay", "ok").contains(lemma(v)) ? PolicyReader.madeBy(s, v)
        : Optional.empty();
    if (maker.isPresent() && obj != null && !isPermissionOrRestriction(obj)) {
      thing(obj); // "approved Cordalin, a drug made by Merrow Biotech": its maker may now sell it
      d.subject = args.party(maker.get());
      s.subtree(maker.get()).forEach(t -> notArea.add(t.index()));
      return;
    }
    if (d.passive) {
      DepToken passiveSubject = s.child(v, "nsubj:pass").orElse(null);
      who = passiveSubject != null && isPermissionOrRestriction(passiveSubject) ? null : passiveSubject;
      if (who == null && obj == null && passiveSubject != null) {
        obj = PolicyReader.headNoun(s, passiveSubject); // "the ban on … was lifted": what is lifted
      }
      if (who != null && !args.isPartyLike(who) && x == null) {
        obj = who; // "the export of drones was banned": a thing, not someone
        who = null;
      }
    } else if (s.child(v, "iobj").isPresent()) {
      who = s.child(v, "iobj").get();
    }
    DepToken permission = null;
    if (obj != null && isPermissionOrRestriction(obj)) {
      permission = obj;
      if (who == null) {
        who = holder(obj);
      }
      if (who == null) {
        who = args.withCase(v, "for").stream().filter(args::isPartyLike).findFirst()
            .orElse(null); // "extended the waiver for truck drivers", attached to the verb
      }
      DepToken forClause = s.children(v, "advcl").stream().filter(a -> marked(a, "for")).findFirst().orElse(null);
      if (who == null && forClause != null) {
        // "cleared the way for Ukraine to buy…": the clause's subject is who may now act
        who = s.child(forClause, "nsubj").filter(args::isPartyLike).orElse(null);
        x = x == null ? forClause : x;
      }
      if (x == null) {
        x = grantedBy(obj).flatMap(r -> s.children(r, "xcomp", "advcl").stream().filter(DepToken::isVerb).findFirst())
            .orElse(null); // "the permit that lets Peruvian trawlers fish in…"
      }
      if (x == null) {
        x = s.children(obj, "acl").stream().filter(a -> a.isVerb() && marked(a, "to")).findFirst()
            .orElse(s.children(v, "advcl").stream().filter(a -> marked(a, "to")).findFirst().orElse(null));
      }
      if (x == null) {
        DepToken on = args.withCase(obj, "on", "of").stream().findFirst()
            .or(() -> args.withCase(v, "on").stream().filter(n -> !args.isPlaceLike(n) && !n.ner().equals("DATE")
                && !Lexicon.TIME_WORDS.contains(lemma(n))).findFirst()).orElse(null);
        if (on != null) {
          onWhat(on);
        } else {
          d.action = args.nounPhrase(obj, Set.of("acl", "obl", "nmod", "acl:relcl")); // "extend the waiver"
        }
      }
      obj = null;
    } else if (obj != null && who == null && (x != null || args.isAgentLike(obj))) {
      who = obj;
      obj = null;
    }
    if (x != null && who == null && Lexicon.LETTING.contains(lemma(x))) {
      // "widened the exemption to let foreign banks process payments": who is let, and what they may do
      DepToken let = x;
      who = s.children(let, "obj", "nsubj", "iobj").stream().filter(args::isPartyLike).findFirst().orElse(null);
      x = s.children(let, "xcomp", "ccomp").stream().filter(DepToken::isVerb).findFirst().orElse(null);
      if (who == null && x != null) {
        who = s.child(x, "nsubj").filter(args::isPartyLike).orElse(null);
      }
    }
    if (x != null && who == null) {
      // "permission for Russian gas tankers to use the strait": the clause's subject may now act
      DepToken clause = x;
      who = s.child(clause, "nsubj").filter(n -> marked(clause, "for") && args.isPartyLike(n)).orElse(null);
    }
    if (x != null) {
      action(x);
    } else if (obj != null) {
      thing(obj);
    }
    if (who == null) {
      who = recipient(v, obj != null ? obj : permission); // "issue a whaling licence to Hvalborg Ltd"
    }
    if (who == null && obj != null) {
      // "approved Kessler Biolabs' inhaler": the owner of what is approved is who may now sell it
      who = s.children(obj, "nmod:poss").stream().filter(args::isAgentLike).findFirst().orElse(null);
    }
    if (who != null && actorTokens.contains(who.index())) {
      who = null; // "Beijing's curbs": the owner of a decision noun decides, it is not who is restricted
    }
    if (who != null && !args.isPronoun(who)) {
      d.subject = args.party(who);
      s.subtree(who).forEach(t -> notArea.add(t.index()));
    }
    d.subjectIsPronoun = d.subject == null && s.children(v, "obj", "iobj", "nsubj:pass").stream()
        .anyMatch(p -> lemma(p).equals("they")); // "barred them from…"
  }

  /** What is reopened or closed is where the decision applies: "reopened its airspace", "shut the Narva crossing". */
  private Optional<Area> passageArea(DepToken t) {
    if (!Set.of("reopen", "shut", "close").contains(lemma(t))) {
      return Optional.empty();
    }
    return s.child(t, "obj").filter(o -> s.subtree(o).stream().anyMatch(w -> Lexicon.PASSAGES.contains(lemma(w))
            || Lexicon.AREA_NOUNS.contains(lemma(w)) || Lexicon.PASSAGES.contains(w.word().toLowerCase(Locale.ROOT))))
        .filter(o -> d.area.stream().noneMatch(a -> a.span() != null && a.span().contains(o.span())))
        .map(o -> args.area(o));
  }

  /** "barred Ukraine from using…" (a clause) or "prohibited companies from selling equipment" (parsed as a noun). */
  private DepToken fromWhat(DepToken v, DepToken obj) {
    List<DepToken> around = new ArrayList<>(s.children(v, "advcl", "obl"));
    if (obj != null) {
      around.addAll(s.children(obj, "acl")); // "banned Russian lorries from entering…", hung on the lorries
    }
    for (DepToken a : around) {
      if (marked(a, "from") && (a.isVerb() || s.children(a, "amod").stream().anyMatch(m -> m.pos().equals("VBG")))) {
        return a;
      }
    }
    return null;
  }

  private boolean marked(DepToken t, String word) {
    return s.children(t, "mark", "case").stream().anyMatch(m -> lemma(m).equals(word));
  }

  private boolean isPermissionOrRestriction(DepToken obj) {
    String l = lemma(obj);
    boolean goAhead = l.equals("ahead") && s.children(obj).stream().anyMatch(c -> lemma(c).equals("go"));
    boolean way = l.equals("way") && lemma(trigger.verb()).equals("clear"); // "cleared the way for…"
    return Lexicon.PERMISSION_NOUNS.contains(l) || Lexicon.RESTRICTION_NOUNS.contains(l)
        || Set.of("request", "application", "bid").contains(l) || goAhead || way;
  }

  /** A relative clause saying whom a permission was given to: "the permission it gave X", "the permit that lets X". */
  private Optional<DepToken> grantedBy(DepToken noun) {
    // "the permit that lets…" (a relative clause) or "the waiver letting Iraq pay…" (a participle)
    return s.children(noun, "acl:relcl", "acl").stream()
        .filter(r -> Set.of("give", "grant", "let", "allow", "permit", "issue").contains(lemma(r))).findFirst();
  }

  /** Who holds a permission: "Ukraine permission" (parsed as a compound), "Kyiv's request", "permission for Kyiv". */
  private DepToken holder(DepToken noun) {
    for (DepToken c : s.children(noun, "compound", "nmod:poss")) {
      // a compound holds the permission only when it names someone ("Ukraine permission", not "the cod quota")
      boolean names = c.relation().equals("nmod:poss") || !c.ner().equals("O") || args.isLinked(c);
      if (names && args.isAgentLike(c)) {
        return c;
      }
    }
    Optional<DepToken> relative = grantedBy(noun)
        .flatMap(r -> partyLet(r, noun));
    if (relative.isPresent()) {
      return relative.get();
    }
    Optional<DepToken> forWhom = args.withCase(noun, "for").stream().filter(args::isPartyLike).findFirst();
    if (forWhom.isPresent()) {
      return forWhom.get();
    }
    if (Lexicon.REQUEST_NOUNS.contains(lemma(noun))) {
      // "a request from Denmark", "applications by the Fenwick Players", "a Polish request": who asked
      Optional<DepToken> asker = args.withCase(noun, "from", "by").stream().filter(args::isAgentLike).findFirst()
          .or(() -> s.children(noun, "amod").stream().filter(a -> a.ner().equals("NATIONALITY")).findFirst());
      if (asker.isPresent()) {
        return asker.get();
      }
    }
    return null;
  }

  /** Who a letting verb lets: its object, or the subject of the clause it governs ("letting Iraq pay…"). */
  private Optional<DepToken> partyLet(DepToken r, DepToken noun) {
    Optional<DepToken> direct = s.children(r, "iobj", "obj").stream().filter(o -> o != noun).map(this::partyIn)
        .flatMap(Optional::stream).findFirst();
    return direct.or(() -> s.children(r, "ccomp", "xcomp").stream().flatMap(c -> s.children(c, "nsubj").stream())
        .filter(args::isPartyLike).findFirst());
  }

  /**
   * The party a noun names: itself, or a linked modifier when the noun is a vehicle or thing of that party
   * ("NATO reconnaissance aircraft" → NATO; the parser also leaves "Peruvian trawlers" as a compound of "fish").
   */
  private Optional<DepToken> partyIn(DepToken noun) {
    if (args.isPartyLike(noun)) {
      return Optional.of(noun);
    }
    return s.children(noun, "compound").stream().filter(c -> args.isLinked(c) || args.isPartyLike(c)).findFirst();
  }

  /** "the ban on Ukraine using…", "restrictions on Kyiv's use of…", "the ban on grain imports". */
  private void onWhat(DepToken on) {
    if (args.isPartyLike(on) || s.children(on, "acl").stream().anyMatch(a -> a.pos().equals("VBG"))) {
      d.subject = args.party(on);
      // only the party's own words: "lorries crossing into Slovakia" still scopes the decision
      s.subtree(on).stream().filter(t -> s.children(on, "acl").stream().noneMatch(a -> s.dominates(a, t)))
          .forEach(t -> notArea.add(t.index()));
      s.children(on, "acl").stream().filter(DepToken::isVerb).findFirst().ifPresent(this::action);
      return;
    }
    // "restrictions on Kyiv's flights", "restrictions on flights by foreign airlines": whose activity is limited
    Optional<DepToken> whose = s.child(on, "nmod:poss").filter(args::isAgentLike)
        .or(() -> args.withCase(on, "by").stream().filter(args::isPartyLike).findFirst());
    whose.ifPresent(p -> {
      d.subject = args.party(p);
      s.subtree(p).forEach(t -> notArea.add(t.index()));
    });
    thing(on);
    if (d.subject == null) {
      DepToken to = recipient(on, on);
      if (to != null) {
        d.subject = args.party(to);
        notArea.add(to.index());
      }
    }
  }

  /** "to use supplied weaponry to target military installations" → instrument, action, targets. */
  private void action(DepToken x) {
    DepToken act = x;
    if (Lexicon.USE_VERBS.contains(lemma(x))) {
      s.child(x, "obj").ifPresent(o -> d.instruments.add(args.nounPhrase(o, NO_PARTS)));
      DepToken next = s.children(x, "xcomp", "advcl").stream().filter(DepToken::isVerb).findFirst().orElse(null);
      if (next != null) {
        act = next;
      }
    }
    d.action = args.verbPhrase(act);
    if (Lexicon.TARGET_VERBS.contains(lemma(act))) {
      s.child(act, "obj").ifPresent(o -> d.targets = args.nounPhrase(o, NO_PARTS));
    }
    for (DepToken w : args.withCase(x, "with")) {
      if (!args.isAgentLike(w)) {
        d.instruments.add(args.nounPhrase(w, NO_PARTS));
      }
    }
  }

  /** A decided thing: "the export of drones" → action, and "drones" as the instrument. */
  private void thing(DepToken obj) {
    d.action = args.nounPhrase(obj, Set.of("acl", "obl", "acl:relcl", "nmod"));
    for (DepToken of : args.withCase(obj, "of")) {
      if (!args.isAgentLike(of)) {
        d.instruments.add(args.nounPhrase(of, NO_PARTS));
        d.action = d.action + " of " + args.nounPhrase(of, NO_PARTS);
      }
    }
  }

  /** The receiving side of a transfer: "the sale of jets to Poland", "approved aid for Moldova". */
  private DepToken recipient(DepToken v, DepToken obj) {
    // an export or a sale goes to a destination, which scopes the decision ("export ban on engines to Iran")
    // ("an export ban … to Iran" too; but "an export licence to Kovala Optics" is granted to its holder)
    boolean export = obj != null && (Lexicon.EXPORTS.contains(lemma(obj)) || Lexicon.RESTRICTION_NOUNS.contains(lemma(obj))
        && s.children(obj, "compound").stream().anyMatch(c -> Lexicon.EXPORTS.contains(lemma(c))));
    if (export) {
      Optional<DepToken> seller = args.withCase(obj, "by").stream().filter(args::isAgentLike).findFirst();
      if (seller.isPresent()) {
        return seller.get(); // "the sale of howitzers to Armenia by Dauvergne Industries": the seller may sell
      }
    }
    // a permission or a closure given "to" a group: "gives nod to training Ukrainian pilots", "closed … to
    // livestock trucks", "reopens the crossing to trucks"
    boolean given = obj != null && (isPermissionOrRestriction(obj) || Lexicon.PASSAGES.contains(lemma(obj))
        || Lexicon.AREA_NOUNS.contains(lemma(obj)) || lemma(obj).equals("closure"));
    for (DepToken c : args.withCase(v, "to", "for")) {
      if (export && args.preposition(c).equals("to") && args.isPlaceLike(c)) {
        continue; // "banned exports … to Morocco": the destination is the area
      }
      if ((args.isAgentLike(c) || given && args.isPartyLike(c)) && !args.isPlaceNotCountry(c)) {
        return c;
      }
    }
    if (obj != null) {
      boolean transfer = Lexicon.TRANSFER_NOUNS.contains(lemma(obj));
      for (DepToken c : args.withCase(obj, "to", "for")) {
        if (export && args.preposition(c).equals("to") && args.isPlaceLike(c)) {
          continue; // an export's destination is where the decision applies, not who it is for
        }
        if ((args.isAgentLike(c) || given && args.isPartyLike(c)) && !args.isPlaceNotCountry(c)
            || transfer && args.preposition(c).equals("to") && !args.isPlaceLike(c)) {
          return c;
        }
      }
    }
    return null;
  }
}
