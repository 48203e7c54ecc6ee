package io.uncrowned.guard.events;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.events.parse.DepToken;
import io.uncrowned.guard.events.parse.ParsedSentence;
import io.uncrowned.guard.understand.entities.Entity;
import io.uncrowned.guard.understand.entities.EntityId;
import io.uncrowned.guard.understand.entities.EntityKind;
import io.uncrowned.guard.understand.places.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the arguments of a decision (actors, subject, action, area, purpose, limits…) off one parse. */
final class Arguments {
  private static final Set<String> NO_PARTS = Set.of("acl", "nmod", "obl", "xcomp", "acl:relcl");
  private static final Pattern BLOC_MEMBERS = Pattern.compile("(NATO|EU|G7|G20|ASEAN|OPEC) (?:allies|members|partners|states)");
  private static final Set<String> COMPASS =
      Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
  private static final Set<String> PRONOUNS =
      Set.of("it", "they", "we", "he", "she", "this", "that", "which", "who", "these", "those", "i", "you");
  private static final Pattern NO_LIMITS =
      Pattern.compile("\\b(?:no|without(?: any)?)\\s+(geographic(?:al)?\\s+)?(?:limits|limitations|restrictions|constraints)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REVERSAL_PHRASE =
      Pattern.compile("\\b(?:for the first time|(?:policy|stance) (?:shift|change)|shift (?:from|in)|change of (?:course|heart|stance|policy))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> REVERSAL_WORDS =
      Set.of("reversal", "u-turn", "about-face", "turnaround", "reverse", "overturn", "backtrack", "reversing");

  private final Phrases phrases;
  private final ParsedSentence s;
  private final Links links;

  Arguments(Phrases phrases, Links links) {
    this.phrases = phrases;
    this.s = phrases.sentence();
    this.links = links;
  }

  static String lemma(DepToken t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  boolean isPassive(DepToken t) {
    return !s.children(t, "nsubj:pass", "aux:pass").isEmpty()
        || t.relation().equals("acl") && t.pos().equals("VBN");
  }

  /** The token naming who acts at {@code t}: its subject, a controller's subject, or a passive's agent. */
  Optional<DepToken> actorHead(DepToken t) {
    DepToken cur = t;
    for (int depth = 0; depth < 4; depth++) {
      if (cur.isNoun()) {
        return owner(cur); // a decision noun: "Athens' refusal", "the ban imposed by Seoul"
      }
      if (isPassive(cur)) {
        return agent(cur);
      }
      Optional<DepToken> subj = s.child(cur, "nsubj");
      if (subj.isPresent() && Lexicon.DECISION_WORDS.contains(lemma(subj.get()))) {
        return owner(subj.get()); // "Washington's decision to let Kyiv fire…" (parsed with the decision as subject)
      }
      if (cur.relation().equals("acl") && cur.head() != 0 && Lexicon.DECISION_WORDS.contains(lemma(s.token(cur.head())))) {
        return owner(s.token(cur.head())); // "Athens' refusal to let…", "Berlin's move to ban…"
      }
      if (cur.relation().equals("acl") && cur.head() != 0 && Lexicon.LEGAL_ACTS.contains(lemma(s.token(cur.head())))) {
        DepToken act = s.token(cur.head()); // "the president signed a decree allowing…": who enacted it decides
        if (act.head() == 0 || !s.token(act.head()).isVerb()) {
          return owner(act);
        }
        cur = s.token(act.head());
        continue;
      }
      // a loose "dep" participle is trusted to share the subject of the main verb only
      boolean participle = cur.relation().equals("advcl") || cur.relation().equals("dep") && cur.head() != 0
          && s.token(cur.head()).head() == 0;
      if (subj.isEmpty() && participle && cur.pos().equals("VBG") && cur.head() != 0) {
        cur = s.token(cur.head()); // "…, barring British banks from…": the participle shares its clause's subject
        continue;
      }
      if (cur.relation().equals("acl:relcl") && s.children(cur).stream().anyMatch(this::isRelativePronoun)
          && subj.map(this::isRelativePronoun).orElse(true)) {
        return Optional.of(s.token(cur.head())); // "the Halden Medicines Board, which on Friday approved…"
      }
      if (subj.isPresent()) {
        return subj;
      }
      if (!(cur.relation().equals("xcomp") || cur.baseRelation().equals("conj")) || cur.head() == 0) {
        return Optional.empty();
      }
      DepToken gov = s.token(cur.head());
      if (cur.relation().equals("xcomp") && s.child(gov, "obj").isPresent()) {
        return Optional.empty(); // object control ("urged Berlin to allow"): Berlin is no decider here
      }
      cur = gov;
    }
    return Optional.empty();
  }

  /**
   * Who owns a decision noun: its possessor ("Beijing's new curbs"), its "by" agent ("the ban imposed by
   * Seoul", "the decision by Oslo"), or the subject of the relative clause that announced it ("the ban, which
   * Seoul announced on Thursday").
   */
  Optional<DepToken> owner(DepToken noun) {
    Optional<DepToken> poss = s.child(noun, "nmod:poss").filter(p -> !isPronoun(p));
    if (poss.isPresent()) {
      return poss;
    }
    for (DepToken c : withCase(noun, "by")) {
      return Optional.of(c);
    }
    for (DepToken r : s.children(noun, "acl", "acl:relcl")) {
      if (r.isVerb() && Lexicon.IMPOSING.contains(lemma(r))) {
        Optional<DepToken> by = isPassive(r) ? agent(r) : s.child(r, "nsubj").filter(n -> !isRelativePronoun(n) && !isPronoun(n));
        if (by.isPresent()) {
          return by;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<DepToken> agent(DepToken t) {
    for (DepToken c : s.children(t, "obl", "nmod")) {
      if (c.relation().equals("obl:agent") || s.children(c, "case").stream().anyMatch(k -> lemma(k).equals("by"))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private boolean isRelativePronoun(DepToken t) {
    return Set.of("WDT", "WP").contains(t.pos()) && Set.of("which", "who", "that").contains(lemma(t));
  }

  boolean isPronoun(DepToken t) {
    return PRONOUNS.contains(lemma(t)) && s.children(t).stream().noneMatch(c -> c.relation().startsWith("nmod"));
  }

  /** The words of the noun phrase headed by {@code head}, without clauses or conjuncts hung on it. */
  List<DepToken> phraseTokens(DepToken head) {
    return phrases.tokens(head, Set.of("acl", "acl:relcl", "conj", "cc", "appos"));
  }

  /** The head and its conjuncts ("the United States and its Western allies"). */
  List<DepToken> withConjuncts(DepToken head) {
    List<DepToken> out = new ArrayList<>();
    out.add(head);
    out.addAll(s.children(head, "conj"));
    return out;
  }

  Party party(DepToken head) {
    List<DepToken> words = phrases.tokens(head, Set.of("acl", "nmod", "conj", "cc"));
    Span span = phrases.span(words);
    Optional<Entity> e = links.entity(head.span(), span);
    if (e.isPresent() && Lexicon.PARTY_NOUNS.contains(lemma(head)) && links.entity(head.span(), head.span()).isEmpty()
        && e.get().kind() != EntityKind.ORGANIZATION) {
      // "four Singapore-based fuel traders" are traders, not Singapore; the place only qualifies them
      e = Optional.empty();
    }
    if (e.isEmpty() && Lexicon.STATE_BODIES.contains(lemma(head))) {
      Optional<Party> state = stateOf(words, span);
      if (state.isPresent()) {
        return state.get();
      }
    }
    String name = e.map(Entity::name).orElse(phrases.bare(words));
    Party p = new Party(phrases.text(words), name, e.map(x -> x.id().value()).orElse(null),
        e.map(Entity::countryCode).orElse(null), span);
    boolean nationality = e.isPresent() && e.get().kind() == EntityKind.NATIONALITY && e.get().countryCode() != null;
    if (nationality && words.size() == 1) {
      return countryParty(e.get().countryCode(), p).orElse(p); // "a Polish request": Poland asked
    }
    if (words.size() == 1) {
      Optional<Place> capital = links.placesIn(head.span()).stream().filter(x -> x.featureCode().equals("PPLC")).findFirst();
      if (capital.isPresent()) {
        return capitalParty(capital.get(), p); // "a request from Belgrade": the Serbian government asked
      }
    }
    return p;
  }

  /**
   * A capital standing for who governs from it: its country, or the European Union for Brussels, which news
   * uses for the Union far more than for Belgium.
   */
  private Party capitalParty(Place capital, Party as) {
    if (capital.countryCode().equals("BE") && capital.asciiName().equals("Brussels")) {
      return new Party(as.text(), "European Union", EntityId.of(EntityKind.ORGANIZATION, "European Union").value(),
          null, as.span());
    }
    return countryParty(capital.countryCode(), as).orElse(as);
  }

  /**
   * The party deciding at {@code head}, named as the country it acts for when it is a capital standing for its
   * government ("as Chisinau authorised…") or a state body of a named country ("Britain's Civil Aviation
   * Authority", "the U.S. Commerce Department", "the Swedish export control agency"); the European Union for
   * its institutions ("the European Commission").
   */
  Party decider(DepToken head) {
    Party p = party(head);
    for (Place place : links.placesIn(head.span())) {
      if (place.featureCode().equals("PPLC") && !place.countryCode().isEmpty()) {
        return capitalParty(place, p);
      }
    }
    Matcher bloc = BLOC_MEMBERS.matcher(p.name());
    if (bloc.matches()) {
      // "NATO allies turned down…", "EU members agreed…": the members acting together are the bloc deciding
      String name = bloc.group(1).equals("EU") ? "European Union" : bloc.group(1);
      return new Party(p.text(), name, EntityId.of(EntityKind.ORGANIZATION, name).value(), null, p.span());
    }
    Optional<Entity> org = links.entity(head.span(), head.span()).filter(e -> e.kind() == EntityKind.ORGANIZATION);
    if (org.isPresent() && org.get().countryCode() != null && isPublicBody(org.get().name())
        && !org.get().name().startsWith("Government of")) {
      return countryParty(org.get().countryCode(), p).orElse(p); // "the U.S. Commerce Department"
    }
    List<DepToken> words = phrases.tokens(head, Set.of("acl", "conj", "cc", "acl:relcl", "appos"));
    boolean body = words.stream().anyMatch(w -> Lexicon.STATE_BODIES.contains(lemma(w)));
    if (!body || p.name().startsWith("Government of")) {
      return p;
    }
    if (words.stream().anyMatch(w -> w.word().equals("European"))) {
      return new Party(p.text(), "European Union", EntityId.of(EntityKind.ORGANIZATION, "European Union").value(), null,
          p.span());
    }
    for (DepToken w : words) {
      Optional<String> code = countryNamedAt(w);
      if (code.isPresent()) {
        return countryParty(code.get(), p).orElse(p);
      }
    }
    return p;
  }

  /**
   * The token naming a country or a country's government in this sentence, outside {@code subject}'s phrase,
   * when there is exactly one such country; empty when there is none or several (then who decided is unclear).
   */
  Optional<DepToken> soleCountryOutside(DepToken subject) {
    DepToken found = null;
    String code = null;
    for (DepToken w : s.tokens()) {
      if (subject != null && s.dominates(subject, w) || !w.pos().startsWith("NNP")) {
        continue;
      }
      Optional<Entity> e = links.entity(w.span(), w.span())
          .filter(x -> x.countryCode() != null && (x.kind() == EntityKind.LOCATION || x.name().startsWith("Government of")));
      if (e.isEmpty() || code != null && code.equals(e.get().countryCode())) {
        continue;
      }
      if (code != null) {
        return Optional.empty();
      }
      code = e.get().countryCode();
      found = w;
    }
    return Optional.ofNullable(found);
  }

  /** The country a word names as a country, a nationality or a country's government. */
  private Optional<String> countryNamedAt(DepToken w) {
    Optional<Entity> n = links.nationalityAt(w.span());
    if (n.isPresent() && n.get().countryCode() != null) {
      return Optional.of(n.get().countryCode());
    }
    for (Place place : links.placesIn(w.span())) {
      // a country, or its capital: "officials in Oslo", "the economics ministry in Bern"
      if ((place.isCountry() || place.featureCode().equals("PPLC")) && !place.countryCode().isEmpty()) {
        return Optional.of(place.countryCode());
      }
    }
    // a country ("the U.S. Commerce Department") or its government; the linker gives only those a country code
    return links.entity(w.span(), w.span())
        .filter(e -> e.countryCode() != null && (e.kind() == EntityKind.LOCATION || e.name().startsWith("Government of")))
        .map(Entity::countryCode);
  }

  private Optional<Party> countryParty(String code, Party as) {
    String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    if (country.isEmpty() || country.equals(code)) {
      return Optional.empty();
    }
    String id = EntityId.of(EntityKind.LOCATION, country).value();
    return Optional.of(new Party(as.text(), country, id, code, as.span()));
  }

  /**
   * A state body qualified by a nationality stands for its country ("the Finnish defence ministry" decides for
   * Finland), named as the country is in the linker's table of country names (ISO 3166 English short names).
   */
  private Optional<Party> stateOf(List<DepToken> words, Span span) {
    for (DepToken w : words) {
      Optional<Entity> n = links.nationalityAt(w.span());
      if (n.isPresent() && n.get().countryCode() != null) {
        String code = n.get().countryCode();
        String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        if (!country.isEmpty() && !country.equals(code)) {
          String id = io.uncrowned.guard.understand.entities.EntityId.of(EntityKind.LOCATION, country).value();
          return Optional.of(new Party(phrases.text(words), country, id, code, span));
        }
      }
    }
    return Optional.empty();
  }

  /** True when {@code head} names a public body that can announce its own decisions: a state body or a linked organisation. */
  boolean isStateBody(DepToken head) {
    Party p = party(head);
    // "officials in Oslo said": the country is named beside the body, not in it
    boolean ofACountry = p.countryCode() != null || p.entityId() != null || decider(head).countryCode() != null;
    return Lexicon.STATE_BODIES.contains(lemma(head)) && ofACountry
        || links.namesKind(head.span(), head.span(), EntityKind.ORGANIZATION) && canDecide(head, p);
  }

  /** A party that can take public decisions: a country, organisation or group, or a word of authority. */
  boolean canDecide(DepToken head, Party p) {
    if (Lexicon.COURTS.contains(lemma(head)) || companyBody(head)) {
      return false; // courts rule on disputes; a firm's board decides for the firm
    }
    Optional<Entity> e = links.entity(head.span(), p.span());
    if (e.isPresent() && (e.get().kind() == EntityKind.LOCATION || e.get().kind() == EntityKind.GROUP)) {
      return true;
    }
    if (e.isPresent() && e.get().kind() == EntityKind.ORGANIZATION) {
      return isPublicBody(e.get().name());
    }
    for (DepToken t : phrases.tokens(head, Set.of("acl", "conj", "cc"))) {
      if (Lexicon.AUTHORITY_NOUNS.contains(lemma(t))) {
        return true;
      }
    }
    return head.pos().equals("NNP") && head.ner().equals("LOCATION")
        || head.pos().equals("NNP") && head.ner().equals("ORGANIZATION") && isPublicBody(p.text());
  }

  /**
   * An organisation that can take public decisions: a government, a state body, an alliance or union, or one
   * known by its initials (EU, NATO, OFAC); not a company, institute or club.
   */
  static boolean isPublicBody(String name) {
    if (name.startsWith("Government of")) {
      return true;
    }
    for (String w : name.split("[\\s-]+")) {
      String l = w.toLowerCase(Locale.ROOT);
      if (Lexicon.PUBLIC_BODY_WORDS.contains(l)) {
        return true;
      }
    }
    return name.matches("[A-Z]{2,6}");
  }

  /** "the board of Varnow Aerospace", "the company's board": a body of a firm, not of a state. */
  private boolean companyBody(DepToken head) {
    if (!Set.of("board", "council", "committee", "chairman", "director", "management").contains(lemma(head))) {
      return false;
    }
    List<DepToken> owners = new ArrayList<>(withCase(head, "of"));
    owners.addAll(s.children(head, "nmod:poss"));
    for (DepToken o : owners) {
      Optional<Entity> e = links.entity(o.span(), o.span());
      boolean firm = e.isPresent() && e.get().kind() == EntityKind.ORGANIZATION && !isPublicBody(e.get().name())
          || Set.of("company", "firm", "group", "bank", "club").contains(lemma(o));
      if (firm) {
        return true;
      }
    }
    return false;
  }

  /** True when the understanding layer linked an entity at {@code t}. */
  boolean isLinked(DepToken t) {
    return links.entity(t.span(), t.span()).isPresent();
  }

  /** True when the phrase at {@code head} names a country, organisation, group or person. */
  boolean isAgentLike(DepToken head) {
    if (Lexicon.TIME_WORDS.contains(lemma(head))) {
      return false;
    }
    return links.entity(head.span(), head.span()).isPresent() || head.pos().startsWith("NNP")
        || !head.ner().equals("O");
  }

  /** Agent-like, or a group of people, firms or vehicles that a decision can allow or bar ("foreign vessels"). */
  boolean isPartyLike(DepToken head) {
    return isAgentLike(head) || head.pos().startsWith("NN") && Lexicon.PARTY_NOUNS.contains(lemma(head));
  }

  /** The words of a verb with its object: "strike military targets". */
  String verbPhrase(DepToken verb) {
    Optional<DepToken> obj = s.child(verb, "obj");
    if (obj.isEmpty()) {
      return verb.word();
    }
    return verb.word() + " " + phrases.bare(phrases.tokens(obj.get(), NO_PARTS));
  }

  String nounPhrase(DepToken noun, Set<String> skip) {
    return phrases.bare(phrases.tokens(noun, skip));
  }

  /** The prepositional dependents of {@code t} introduced by {@code preposition}. */
  List<DepToken> withCase(DepToken t, String... prepositions) {
    return withCase(s, t, prepositions);
  }

  /** The prepositional dependents of {@code t} in {@code s} introduced by {@code preposition}. */
  static List<DepToken> withCase(ParsedSentence s, DepToken t, String... prepositions) {
    List<DepToken> out = new ArrayList<>();
    for (DepToken c : s.children(t, "obl", "nmod")) {
      for (DepToken k : s.children(c, "case")) {
        for (String p : prepositions) {
          if (lemma(k).equals(p)) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  String preposition(DepToken t) {
    return s.children(t, "case").stream().map(Arguments::lemma).findFirst().orElse("");
  }

  /** Geographic scopes found below {@code root} (or anywhere, when {@code root} is null). */
  List<Area> areas(DepToken root, Set<Integer> exclude) {
    List<Area> out = new ArrayList<>();
    Set<Integer> reporting = reportingWords(root);
    for (DepToken t : s.tokens()) {
      if (root != null && !s.dominates(root, t) || exclude.contains(t.index()) || reporting.contains(t.index())) {
        continue;
      }
      if (t.relation().equals("obj") && isPlaceLike(t) && Lexicon.MOVE_VERBS.contains(lemma(s.token(t.head())))) {
        List<DepToken> words = phrases.tokens(t, Set.of("nmod", "acl", "obl", "acl:relcl"));
        Span span = phrases.span(words);
        out.add(new Area(phrases.text(words), links.placesIn(span), span)); // "to cross its airspace"
        continue;
      }
      if (!(t.baseRelation().equals("obl") || t.relation().equals("nmod")) || !isPlaceLike(t)) {
        continue;
      }
      String prep = preposition(t);
      if (!Lexicon.AREA_PREPOSITIONS.contains(prep) || !prepositionFits(t, prep)) {
        continue;
      }
      List<DepToken> words = new ArrayList<>(phrases.tokens(t, Set.of("nmod", "acl", "obl")));
      int caseAt = s.children(t, "case").stream().mapToInt(DepToken::index).max().orElse(0);
      words.removeIf(w -> w.index() <= caseAt); // "specifically near the region" → "the region"
      if (words.isEmpty()) {
        continue;
      }
      Span span = phrases.span(words);
      String text = Set.of("in", "to", "on", "from").contains(prep) ? phrases.text(words) : prep + " " + phrases.text(words);
      if (prep.equals("of")) {
        text = s.token(t.head()).word() + " of " + phrases.text(words); // "south of Crete"
      }
      out.add(new Area(text, links.placesIn(span), span));
    }
    Matcher m = NO_LIMITS.matcher(phrases.sentenceText());
    if (m.find() && m.group(1) != null) {
      out.add(new Area("no geographic limits", List.of(), null));
    }
    return out;
  }

  /**
   * The words of the clauses that report a decision rather than state it: "a spokesman said in Berlin", "the
   * ministry in Bern said", "adding that the jets would stay at a base in central Slovakia". Where officials
   * spoke is no scope of the decision.
   */
  private Set<Integer> reportingWords(DepToken root) {
    Set<Integer> out = new HashSet<>();
    for (DepToken r : s.tokens()) {
      // "adding that…", "said in Berlin" report; "adding night flights" (with an object) extends the decision
      boolean reports = r.relation().equals("parataxis") || !s.children(r, "ccomp", "parataxis").isEmpty()
          || s.child(r, "obj").isEmpty();
      if (r == root || !r.isVerb() || !Lexicon.REPORTING.contains(lemma(r)) || !reports) {
        continue;
      }
      for (DepToken c : s.children(r)) {
        if (root == null || !s.dominates(c, root) && c != root) {
          s.subtree(c).forEach(x -> out.add(x.index()));
        }
      }
    }
    return out;
  }

  /** The area a noun phrase names, without clauses hung on it: "its airspace", "the Upper Lars crossing". */
  Area area(DepToken head) {
    List<DepToken> words = phrases.tokens(head, Set.of("nmod", "acl", "obl", "acl:relcl"));
    Span span = phrases.span(words);
    return new Area(phrases.text(words), links.placesIn(span), span);
  }

  private boolean prepositionFits(DepToken t, String prep) {
    String gov = t.head() == 0 ? "" : lemma(s.token(t.head()));
    return switch (prep) {
      // exports go to a destination, which scopes the decision ("bans chip exports to China")
      case "to" -> Set.of("limit", "restrict", "confine", "extend", "export", "re-export", "sale", "sell", "shipment", "ship")
          .contains(gov) || t.head() != 0 && s.children(s.token(t.head()), "obj", "compound")
          .stream().anyMatch(o -> Lexicon.EXPORTS.contains(lemma(o)))
          || t.head() != 0 && s.children(s.token(t.head()), "obj").stream()
          .anyMatch(o -> s.children(o, "compound").stream().anyMatch(c -> Lexicon.EXPORTS.contains(lemma(c))));
      case "on" -> Lexicon.AREA_NOUNS.contains(lemma(t));
      case "for" -> Set.of("bound", "destined", "headed").contains(gov); // "shells bound for Ukraine"
      // an import's origin scopes a ban on it: "suspended imports of poultry from Santa Catarina"
      case "from" -> Set.of("import", "shipment", "export", "delivery", "flight", "cargo", "poultry", "product")
          .contains(gov) || t.head() != 0 && s.children(s.token(t.head()), "obj").stream().anyMatch(o -> lemma(o).equals("import"));
      // "operate south of Crete": of after a compass word
      case "of" -> COMPASS.contains(gov);
      default -> true;
    };
  }

  /** A place that is no country ("to Kirkenes", "for the Lofoten islands"): a scope, never a party. */
  boolean isPlaceNotCountry(DepToken t) {
    List<Place> at = links.placesIn(t.span());
    return !at.isEmpty() && at.stream().noneMatch(Place::isCountry);
  }

  boolean isPlaceLike(DepToken t) {
    // "waters" is lemmatised to "water", which alone is no place
    if (links.hasPlaceIn(t.span()) || t.ner().equals("LOCATION") || Lexicon.AREA_NOUNS.contains(lemma(t))
        || t.word().equalsIgnoreCase("waters")) {
      return true;
    }
    if (links.namesKind(t.span(), t.span(), EntityKind.LOCATION)) {
      return true;
    }
    return s.children(t, "compound", "nmod:poss", "amod").stream()
        .anyMatch(c -> c.ner().equals("LOCATION") || links.hasPlaceIn(c.span()));
  }

  /** "for counter-fire purposes", "in self-defence": what a decision is for. */
  Optional<String> purpose(DepToken root) {
    for (DepToken t : s.tokens()) {
      if (root != null && !s.dominates(root, t) || !(t.baseRelation().equals("obl") || t.relation().equals("nmod"))) {
        continue;
      }
      String prep = preposition(t);
      boolean forPurpose = prep.equals("for") && !isAgentLike(t) && !isPlaceLike(t);
      boolean defence = prep.equals("in") && lemma(t).startsWith("self-defen");
      if (forPurpose || defence) {
        return Optional.of(nounPhrase(t, Set.of("nmod", "acl", "obl")));
      }
    }
    return Optional.empty();
  }

  /** "against Russian forces", below {@code root}. */
  Optional<String> against(DepToken root) {
    for (DepToken t : s.tokens()) {
      if ((root == null || s.dominates(root, t)) && (t.baseRelation().equals("obl") || t.relation().equals("nmod"))
          && preposition(t).equals("against")) {
        return Optional.of(nounPhrase(t, Set.of("acl", "obl", "acl:relcl")));
      }
    }
    return Optional.empty();
  }

  /** Limit markers anywhere in the sentence: "strictly limited", "solely", "only", "no limits". */
  List<String> limits() {
    List<String> out = new ArrayList<>();
    for (DepToken t : s.tokens()) {
      String l = lemma(t);
      if (!Lexicon.LIMIT_ADVERBS.contains(l) || l.equals("only") && t.index() > 1
          && lemma(s.token(t.index() - 1)).equals("not")) {
        continue;
      }
      DepToken next = t.index() < s.tokens().size() ? s.token(t.index() + 1) : null;
      boolean limitVerb = next != null && Set.of("limit", "restrict", "confine").contains(lemma(next));
      out.add(limitVerb ? t.word() + " " + next.word() : t.word());
    }
    Matcher m = NO_LIMITS.matcher(phrases.sentenceText());
    if (m.find()) {
      out.add("no limits");
    }
    return out;
  }

  /** A cue that the decision reverses an earlier stance. */
  Reversal reversal() {
    for (DepToken t : s.tokens()) {
      if (REVERSAL_WORDS.contains(lemma(t))) {
        return new Reversal(true, t.isVerb() ? verbPhrase(t) : phrases.text(t, Set.of("acl:relcl", "acl")));
      }
    }
    Matcher m = REVERSAL_PHRASE.matcher(phrases.sentenceText());
    if (m.find()) {
      return new Reversal(true, m.group());
    }
    return Reversal.NONE;
  }

  /** The head of who the sentence says announced the decision at {@code t}: a reporting verb's subject. */
  Optional<DepToken> reporter(DepToken t) {
    DepToken cur = t;
    for (int depth = 0; depth < 5 && cur != null; depth++) {
      for (DepToken c : s.children(cur, "parataxis")) {
        if (Lexicon.REPORTING.contains(lemma(c)) && s.child(c, "nsubj").isPresent()) {
          return s.child(c, "nsubj").filter(n -> !isPronoun(n));
        }
      }
      if (Lexicon.REPORTING.contains(lemma(cur)) && cur != t) {
        return s.child(cur, "nsubj").filter(n -> !isPronoun(n));
      }
      cur = cur.head() == 0 ? null : s.token(cur.head());
    }
    return Optional.empty();
  }

  /** Who the sentence attributes the decision at {@code t} to: a reporting verb's subject, or "according to". */
  Optional<String> attribution(DepToken t) {
    DepToken cur = t;
    for (int depth = 0; depth < 5 && cur != null; depth++) {
      if (Lexicon.REPORTING.contains(lemma(cur)) && cur != t) {
        Optional<DepToken> subj = s.child(cur, "nsubj");
        if (subj.isPresent() && !isPronoun(subj.get())) {
          return Optional.of(phrases.text(subj.get(), Set.of("acl:relcl")));
        }
      }
      for (DepToken c : s.children(cur, "parataxis")) {
        Optional<DepToken> subj = s.child(c, "nsubj");
        if (Lexicon.REPORTING.contains(lemma(c)) && subj.isPresent() && !isPronoun(subj.get())) {
          return Optional.of(phrases.text(subj.get(), Set.of("acl:relcl")));
        }
      }
      cur = cur.head() == 0 ? null : s.token(cur.head());
    }
    for (DepToken k : s.tokens()) {
      Optional<DepToken> subj = s.child(k, "nsubj");
      if (k.relation().equals("parataxis") && Lexicon.REPORTING.contains(lemma(k)) && subj.isPresent()
          && !isPronoun(subj.get())) {
        return Optional.of(phrases.text(subj.get(), Set.of("acl:relcl"))); // "…, a spokeswoman said", attached anywhere
      }
    }
    for (DepToken k : s.tokens()) {
      if (lemma(k).equals("accord") && k.head() > 0) {
        return Optional.of(nounPhrase(s.token(k.head()), Set.of("acl:relcl")));
      }
    }
    return Optional.empty();
  }
}
