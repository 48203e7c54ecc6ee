package io.uncrowned.guard.events;

import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that carry decisions and events. Lemmas are lower case; CoreNLP lemmatises British and American
 * spellings separately, so both are listed.
 */
final class Lexicon {
  private Lexicon() {}

  /** Verbs whose own meaning is a decision, with the kind of decision. */
  static final Map<String, PolicyKind> DECISION_VERBS =
      Map.ofEntries(
          Map.entry("authorize", PolicyKind.GRANT), Map.entry("authorise", PolicyKind.GRANT),
          Map.entry("allow", PolicyKind.GRANT), Map.entry("permit", PolicyKind.GRANT),
          Map.entry("approve", PolicyKind.GRANT), Map.entry("greenlight", PolicyKind.GRANT),
          Map.entry("green-light", PolicyKind.GRANT),
          Map.entry("clear", PolicyKind.GRANT), Map.entry("let", PolicyKind.GRANT),
          Map.entry("ban", PolicyKind.RESTRICT), Map.entry("prohibit", PolicyKind.RESTRICT),
          Map.entry("forbid", PolicyKind.RESTRICT), Map.entry("bar", PolicyKind.RESTRICT),
          Map.entry("restrict", PolicyKind.RESTRICT), Map.entry("outlaw", PolicyKind.RESTRICT),
          Map.entry("revoke", PolicyKind.RESTRICT), Map.entry("suspend", PolicyKind.RESTRICT),
          Map.entry("lift", PolicyKind.LIFT), Map.entry("ease", PolicyKind.LIFT), Map.entry("scrap", PolicyKind.LIFT),
          Map.entry("remove", PolicyKind.LIFT), Map.entry("rescind", PolicyKind.LIFT), Map.entry("end", PolicyKind.LIFT),
          Map.entry("relax", PolicyKind.LIFT), Map.entry("drop", PolicyKind.LIFT), Map.entry("loosen", PolicyKind.LIFT),
          Map.entry("refuse", PolicyKind.REFUSE), Map.entry("decline", PolicyKind.REFUSE),
          Map.entry("reject", PolicyKind.REFUSE), Map.entry("deny", PolicyKind.REFUSE), Map.entry("veto", PolicyKind.REFUSE),
          Map.entry("rebuff", PolicyKind.REFUSE),
          Map.entry("extend", PolicyKind.EXTEND), Map.entry("renew", PolicyKind.EXTEND),
          Map.entry("prolong", PolicyKind.EXTEND), Map.entry("widen", PolicyKind.EXTEND),
          Map.entry("expand", PolicyKind.EXTEND), Map.entry("broaden", PolicyKind.EXTEND),
          Map.entry("cut", PolicyKind.RESTRICT), Map.entry("tighten", PolicyKind.RESTRICT),
          Map.entry("reduce", PolicyKind.RESTRICT), Map.entry("halt", PolicyKind.RESTRICT),
          Map.entry("block", PolicyKind.RESTRICT), Map.entry("curb", PolicyKind.RESTRICT),
          Map.entry("greenlit", PolicyKind.GRANT),
          Map.entry("exempt", PolicyKind.GRANT), Map.entry("reopen", PolicyKind.LIFT),
          Map.entry("unblock", PolicyKind.LIFT), Map.entry("okay", PolicyKind.GRANT), Map.entry("ok", PolicyKind.GRANT),
          Map.entry("license", PolicyKind.GRANT), Map.entry("licence", PolicyKind.GRANT),
          Map.entry("blacklist", PolicyKind.RESTRICT), Map.entry("embargo", PolicyKind.RESTRICT),
          Map.entry("shut", PolicyKind.RESTRICT), Map.entry("close", PolicyKind.RESTRICT),
          Map.entry("freeze", PolicyKind.RESTRICT), Map.entry("reinstate", PolicyKind.RESTRICT),
          Map.entry("reimpose", PolicyKind.RESTRICT),
          Map.entry("waive", PolicyKind.LIFT), Map.entry("repeal", PolicyKind.LIFT), Map.entry("abolish", PolicyKind.LIFT),
          Map.entry("keep", PolicyKind.EXTEND), Map.entry("maintain", PolicyKind.EXTEND),
          Map.entry("add", PolicyKind.RESTRICT), Map.entry("limit", PolicyKind.RESTRICT), Map.entry("cap", PolicyKind.RESTRICT),
          Map.entry("pause", PolicyKind.RESTRICT), Map.entry("sanction", PolicyKind.RESTRICT),
          Map.entry("resume", PolicyKind.LIFT));

  /**
   * Verbs with a particle that decide only with it: "signed off on the sale", "ruled out sending jets",
   * "rolled back the curbs", "turned down the request".
   */
  static final Map<String, PolicyKind> PARTICLE_VERBS =
      Map.of("sign off", PolicyKind.GRANT, "rule out", PolicyKind.REFUSE, "roll back", PolicyKind.LIFT,
          "turn down", PolicyKind.REFUSE, "phase out", PolicyKind.LIFT);

  /**
   * Nouns that report a decision when a decider owns them ("Athens' refusal to let…", "Beijing's new curbs on…",
   * "China's removal of tariffs"), with the kind they carry. "decision" takes the kind of the verb it governs.
   */
  static final Map<String, PolicyKind> DECISION_NOUNS =
      Map.ofEntries(
          Map.entry("ban", PolicyKind.RESTRICT), Map.entry("embargo", PolicyKind.RESTRICT),
          Map.entry("curb", PolicyKind.RESTRICT), Map.entry("restriction", PolicyKind.RESTRICT),
          Map.entry("prohibition", PolicyKind.RESTRICT), Map.entry("moratorium", PolicyKind.RESTRICT),
          Map.entry("removal", PolicyKind.LIFT), Map.entry("lifting", PolicyKind.LIFT),
          Map.entry("rollback", PolicyKind.LIFT), Map.entry("repeal", PolicyKind.LIFT),
          Map.entry("approval", PolicyKind.GRANT), Map.entry("authorisation", PolicyKind.GRANT),
          Map.entry("authorization", PolicyKind.GRANT), Map.entry("go-ahead", PolicyKind.GRANT),
          Map.entry("refusal", PolicyKind.REFUSE), Map.entry("rejection", PolicyKind.REFUSE),
          Map.entry("veto", PolicyKind.REFUSE), Map.entry("extension", PolicyKind.EXTEND));

  /** Nouns naming a decision taken: "Washington's decision to let…", "Berlin's move to ban…". */
  static final Set<String> DECISION_WORDS = Set.of("decision", "move", "refusal", "order");

  /** Verbs and nouns of refusing: a permission under one is refused ("declined to grant a licence"). */
  static final Set<String> REFUSING = Set.of("refuse", "decline", "reject", "refusal", "rejection");

  /** Places and passages whose reopening ends a closure: "reopened the border crossing". */
  static final Set<String> PASSAGES =
      Set.of("border", "crossing", "airspace", "port", "route", "corridor", "checkpoint", "waters", "water", "strait");

  /** Restriction verbs that only restrict through a restriction noun: "cut the quota", "tightened curbs". */
  static final Set<String> RESTRICT_THROUGH_NOUN =
      Set.of("revoke", "suspend", "cut", "tighten", "reduce", "halt", "block", "curb", "freeze");

  /** Restriction verbs whose object is the party restricted: "blacklisted four traders", "barred journalists". */
  static final Set<String> PARTY_OBJECT_VERBS = Set.of("blacklist", "bar", "exempt", "license", "licence", "sanction");

  /** What a resumption lifts a halt on: "resumed imports of beef", "resumed flights to Tbilisi". */
  static final Set<String> RESUMABLE =
      Set.of("import", "export", "flight", "shipment", "delivery", "issuance", "sale", "supply", "transit", "service");

  /** Instruments of law a decision is written in: "signed a decree allowing…", "a resolution banning…". */
  static final Set<String> LEGAL_ACTS =
      Set.of("decree", "order", "law", "resolution", "regulation", "directive", "bill", "amendment", "ordinance", "rule");

  /** What a refusal may cover when stated with "ruled out": sending, supplying, allowing. */
  static final Set<String> RULED_OUT =
      Set.of("supply", "send", "deliver", "provide", "allow", "permit", "lift", "ease", "sell", "export", "grant",
          "approve", "authorise", "authorize", "give", "transfer", "let");

  /** Verbs that only decide through their object: "grant permission", "impose a ban". */
  static final Map<String, PolicyKind> SUPPORT_VERBS =
      Map.ofEntries(
          Map.entry("grant", PolicyKind.GRANT), Map.entry("give", PolicyKind.GRANT), Map.entry("issue", PolicyKind.GRANT),
          Map.entry("impose", PolicyKind.RESTRICT), Map.entry("introduce", PolicyKind.RESTRICT),
          Map.entry("announce", PolicyKind.RESTRICT), Map.entry("withhold", PolicyKind.REFUSE),
          Map.entry("slap", PolicyKind.RESTRICT), Map.entry("put", PolicyKind.RESTRICT),
          Map.entry("place", PolicyKind.RESTRICT), Map.entry("award", PolicyKind.GRANT),
          Map.entry("reintroduce", PolicyKind.RESTRICT));

  /** Nouns naming a permission. */
  static final Set<String> PERMISSION_NOUNS =
      Set.of("permission", "authorization", "authorisation", "approval", "light", "go-ahead", "license", "licence",
          "waiver", "exemption", "clearance", "consent", "permit", "nod", "blessing");

  /**
   * Head nouns of groups of people, firms or vehicles that can be the subject of a decision even when no entity
   * is linked ("foreign vessels", "Belarusian hauliers", "EU trawlers"). Weapons and goods are not here: they are
   * instruments.
   */
  static final Set<String> PARTY_NOUNS =
      Set.of("vessel", "trawler", "boat", "ship", "airline", "carrier", "haulier", "hauler", "trucker", "lorry",
          "truck", "driver", "pilot", "cadet", "engineer", "firm", "company", "bank", "citizen", "national", "student",
          "worker", "troop", "operator", "exporter", "importer", "investor", "fisherman", "farmer", "journalist",
          "diplomat", "tourist", "resident", "guard", "soldier", "crew", "manufacturer", "producer", "supplier",
          "lender", "insurer", "shipper", "trader", "refinery", "fleet", "contractor", "instructor", "medic", "tanker",
          "freighter", "ferry", "aircraft", "plane", "refugee", "buyer", "entity", "individual", "member");

  /** Day and month names, which the parser may take for a party ("widened… on Wednesday to let…"). */
  static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today",
          "yesterday", "tomorrow");

  /** Verbs of moving through a place: their object is an area ("to cross its airspace", "enter its waters"). */
  static final Set<String> MOVE_VERBS = Set.of("cross", "enter", "overfly", "transit", "traverse", "patrol", "fish", "use");

  /** Authority heads that stand for their country when qualified by a nationality ("the Finnish defence ministry"). */
  static final Set<String> STATE_BODIES =
      Set.of("government", "ministry", "authority", "regulator", "agency", "department", "directorate", "administration",
          "cabinet", "office", "inspectorate", "committee", "service", "ministries", "minister", "commission", "council",
          "parliament", "bureau", "treasury", "official", "spokesman", "spokeswoman", "spokesperson");

  /** Nouns naming a restriction (the objects of lift, extend, impose). */
  static final Set<String> RESTRICTION_NOUNS =
      Set.of("ban", "restriction", "embargo", "sanction", "limit", "prohibition", "curb", "moratorium", "freeze",
          "blockade", "cap", "limitation", "suspension", "constraint", "rule", "block", "veto", "tariff", "quota",
          "control", "check", "closure", "requirement", "duty");

  /** Nouns of handing something over: "to X" under them names the receiving side. */
  static final Set<String> TRANSFER_NOUNS =
      Set.of("sale", "transfer", "delivery", "export", "shipment", "supply", "provision", "transit");

  /** Handing goods over to a destination that scopes the decision: the "to" of these is an area, not a party. */
  static final Set<String> EXPORTS = Set.of("export", "re-export", "sale", "shipment");

  /** Nouns a refusal or approval may take as object: requests and transfers. */
  static final Set<String> REQUEST_NOUNS =
      Set.of("request", "application", "bid", "plea", "proposal", "appeal", "demand", "permission", "authorization",
          "authorisation", "approval", "sale", "transfer", "delivery", "export", "shipment", "use", "deployment",
          "supply", "package", "purchase", "import", "strike", "licence", "license");

  /** Verbs of using, whose object is an instrument rather than the action's target. */
  static final Set<String> USE_VERBS = Set.of("use", "deploy", "employ", "fire", "utilize", "utilise");

  /** Verbs whose object is what is attacked. */
  static final Set<String> TARGET_VERBS =
      Set.of("strike", "target", "attack", "hit", "bomb", "shell", "fire", "destroy", "engage");

  /** Governing verbs that make a trigger a wish or a question, not a decision ("urged Berlin to allow"). */
  static final Set<String> NOT_DECIDED =
      Set.of("consider", "weigh", "urge", "ask", "call", "propose", "want", "seek", "push", "press", "request",
          "debate", "discuss", "demand", "lobby", "plead", "hope", "wish", "expect", "study", "mull", "pressure",
          "examine", "explore", "suggest", "recommend", "fear", "predict", "appeal", "beg", "encourage",
          // prospects: "EU set to extend sanctions", "poised to lift", "plans to ban"
          "set", "poise", "poised", "plan", "prepare", "intend", "aim", "threaten", "likely", "expected", "due");

  /** Nouns of unconfirmed reports: a decision inside "reports that…" is not reported as taken. */
  static final Set<String> REPORT_NOUNS =
      Set.of("report", "rumour", "rumor", "speculation", "claim", "allegation", "suggestion", "suspicion");

  /** Court objects: allowing an appeal or a claim is a ruling, not a policy decision. */
  static final Set<String> COURT_NOUNS = Set.of("appeal", "claim", "lawsuit", "case", "motion", "objection", "suit");

  /**
   * Words only sport reports use; a sentence with one reports a match, where "restricts", "allowed" and "barred"
   * are about play ("restricts Germany to two shots in a goalless qualifier").
   */
  static final Set<String> SPORT_WORDS =
      Set.of("goalless", "qualifier", "striker", "goalkeeper", "referee", "midfielder", "scoreline", "half-time",
          "semi-final", "quarter-final", "playoff", "play-off", "innings", "wicket", "touchdown", "derby");

  /** Verbs that hand a permission on to someone: "to let foreign banks process…". */
  static final Set<String> LETTING = Set.of("let", "allow", "permit", "enable", "authorize", "authorise");

  /** Verbs of deciding that take a decision verb as their complement ("agreed to let", "voted to lift"). */
  static final Set<String> DECIDING = Set.of("agree", "decide", "vote", "move", "opt", "resolve");

  /** Modals that make a trigger hypothetical. */
  static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "should", "must", "ca", "can");

  /** Verbs of saying: their subject is who the decision is attributed to. */
  static final Set<String> REPORTING =
      Set.of("say", "confirm", "announce", "state", "tell", "report", "indicate", "declare", "add", "note", "insist",
          "disclose", "reveal", "write", "explain", "acknowledge", "show", "suggest", "claim");

  /** Head words of a phrase naming a place or a stretch of land. */
  static final Set<String> AREA_NOUNS =
      Set.of("area", "region", "border", "territory", "zone", "frontier", "soil", "province", "oblast", "district",
          "borderland", "airspace", "waters", "coast", "front", "city", "land", "country", "peninsula", "sea", "port",
          "crossing", "checkpoint", "bloc", "strait", "harbour", "harbor", "corridor", "forest", "park", "reserve");

  /** Prepositions that introduce a geographic scope. */
  static final Set<String> AREA_PREPOSITIONS =
      Set.of("in", "inside", "within", "into", "near", "across", "along", "over", "beyond", "outside", "throughout",
          "to", "around", "on", "through", "for", "off", "from", "of");

  /** Adverbs that mark a limit on a decision. */
  static final Set<String> LIMIT_ADVERBS = Set.of("strictly", "solely", "only", "exclusively", "narrowly", "purely");

  /** Head words of actors that can take decisions even when the linker did not recognise them. */
  static final Set<String> AUTHORITY_NOUNS =
      Set.of("government", "administration", "ministry", "minister", "president", "parliament", "council", "court",
          "regulator", "authority", "official", "agency", "commission", "department", "cabinet", "congress", "senate",
          "pentagon", "kremlin", "ally", "alliance", "bloc", "union", "state", "country", "nation", "lawmaker",
          "legislature", "judge", "mayor", "governor", "board", "coalition", "regime", "watchdog", "chancellor",
          "premier", "secretary", "leader", "white", "ministers", "capital", "assembly", "junta", "eu", "nato", "un",
          "washington", "whitehall", "tribunal", "municipality", "legislator", "prime", "parliamentarian");

  /** Courts: their rulings settle disputes; they are not policy decisions of the kind tracked here. */
  static final Set<String> COURTS = Set.of("court", "judge", "tribunal", "arbitrator", "jury", "arbitration");

  /** Words in the names of public bodies ("Civil Aviation Authority", "Halden Medicines Board", "UN Security Council"). */
  static final Set<String> PUBLIC_BODY_WORDS =
      Set.of("ministry", "department", "agency", "authority", "commission", "council", "board", "office",
          "administration", "parliament", "government", "regulator", "inspectorate", "directorate", "service",
          "bureau", "treasury", "union", "alliance", "organization", "organisation", "nations", "assembly", "congress",
          "senate", "cabinet", "kremlin", "pentagon", "nato", "eu", "un", "commissioner", "secretariat", "presidency",
          "customs", "coast", "guard", "police", "navy", "army", "forces", "ministries", "state", "federal",
          "national", "republic", "kingdom", "directorate-general");

  /** Verbs that put a decision in place: "the ban, which Seoul announced", "curbs imposed by Beijing". */
  static final Set<String> IMPOSING =
      Set.of("announce", "impose", "introduce", "adopt", "issue", "decide", "grant", "order", "approve", "unveil",
          "enact", "declare");

  /** Decision verbs common in other senses ("prices declined", "the war ended"): parsed only beside a fitting noun. */
  private static final Set<String> NEED_A_NOUN =
      Set.of("end", "drop", "remove", "ease", "relax", "loosen", "scrap", "lift", "extend", "renew", "prolong",
          "decline", "reject", "deny", "clear", "approve", "suspend", "revoke", "rescind", "let", "widen", "expand",
          "broaden", "cut", "tighten", "reduce", "halt", "block", "curb", "reopen", "exempt", "unblock", "license",
          "licence", "shut", "close", "freeze", "reinstate", "reimpose", "waive", "repeal", "abolish", "keep",
          "maintain", "embargo", "add", "limit", "cap", "pause", "sanction", "resume");

  /**
   * True when the sentence may carry a decision or an event: the cheap filter that decides which sentences
   * are parsed (parsing costs milliseconds per sentence, the filter microseconds). A decision verb counts on
   * its own only when it rarely means anything else; an event verb only in a sentence naming someone.
   */
  /** How many tokens apart a verb that decides through its noun and that noun may stand. */
  private static final int NEAR = 12;

  static boolean mayCarryTrigger(Sentence sentence) {
    boolean decisionVerb = false;
    boolean needsNoun = false;
    boolean nominal = false;
    boolean fittingNoun = false;
    boolean limitWord = false;
    boolean eventVerb = false;
    boolean named = false;
    boolean possessive = false;
    boolean approve = false;
    boolean reopen = false;
    boolean passage = false;
    boolean clear = false;
    boolean way = false;
    String previous = "";
    String beforePrevious = "";
    int at = -1;
    int lastNeedy = -100;
    int lastFitting = -100;
    int lastPossessive = -100;
    boolean nearPair = false;
    for (Token t : sentence.tokens()) {
      at++;
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      // "declined to approve", "refuses to authorise": the refusal is only known from the verb it governs
      decisionVerb |= lemma.equals("to") && Set.of("decline", "refuse").contains(previous);
      // "agreed to let", "voted to lift": the deciding verb says the decision verb is not another sense
      decisionVerb |= t.pos().startsWith("VB") && DECISION_VERBS.containsKey(lemma) && previous.equals("to") && DECIDING.contains(beforePrevious);
      possessive |= t.pos().equals("POS");
      lastPossessive = t.pos().equals("POS") ? at : lastPossessive;
      // "Beijing's new curbs", "Athens' refusal": the decision noun right after its owner
      nominal |= t.pos().startsWith("NN") && (DECISION_NOUNS.containsKey(lemma) || DECISION_WORDS.contains(lemma))
          && at - lastPossessive <= 3;
      boolean particle = lemma.equals("down") && previous.equals("turn") // "turned down the request"
          || lemma.equals("back") && previous.equals("roll") || lemma.equals("out") && previous.equals("phase");
      if (particle) {
        needsNoun = true;
        lastNeedy = at;
      }
      // "signed off on the sale", "ruled out sending jets"
      decisionVerb |= lemma.equals("off") && previous.equals("sign") || lemma.equals("out") && previous.equals("rule");
      reopen |= Set.of("reopen", "shut", "close").contains(lemma);
      passage |= PASSAGES.contains(lemma) && t.pos().startsWith("NN") || PASSAGES.contains(t.word().toLowerCase(Locale.ROOT));
      approve |= lemma.equals("approve");
      clear |= lemma.equals("clear");
      way |= lemma.equals("way") && t.pos().startsWith("NN");
      // the tokenizer splits "go-ahead"
      fittingNoun |= lemma.equals("ahead") && (previous.equals("go") || beforePrevious.equals("go"));
      boolean verb = t.pos().startsWith("VB");
      if (verb && DECISION_VERBS.containsKey(lemma)) {
        if (NEED_A_NOUN.contains(lemma)) {
          needsNoun = true;
          lastNeedy = at;
          nearPair |= at - lastFitting <= NEAR; // "visa requirements for tourists … have been waived"
        } else {
          decisionVerb = true;
        }
      }
      if (lemma.equals("list") && previous.equals("sanction") || lemma.equals("blacklist") && t.pos().startsWith("NN")
          || lemma.equals("list") && t.word().equals("List")) {
        fittingNoun = true; // "removed X from its sanctions list", "added X to its Entity List"
      }
      if (PERMISSION_NOUNS.contains(lemma) && !lemma.equals("light") || lemma.equals("light") && previous.equals("green")
          || RESTRICTION_NOUNS.contains(lemma) && t.pos().startsWith("NN") || REQUEST_NOUNS.contains(lemma) && t.pos().startsWith("NN")) {
        fittingNoun = true;
        lastFitting = at;
        nearPair |= at - lastNeedy <= NEAR; // "lifted its long-standing ban"
      }
      limitWord |= lemma.equals("strictly") || lemma.equals("solely") || lemma.equals("exclusively");
      eventVerb |= verb && EventWords.VERBS.contains(lemma);
      named |= !t.ner().equals("O");
      beforePrevious = previous;
      previous = lemma;
    }
    // "approved Kessler Biolabs' inhaler": a regulator's approval names the product's owner
    // "cleared the way for…": "way" is too common a word to count beside any other verb
    fittingNoun |= possessive && approve || way && clear || passage && reopen;
    // "Athens' refusal to let…", "Beijing's new curbs on…": a decision noun owned by someone
    // a verb that decides only through its noun must have one near it: "keep" and "control" far apart are chatter
    boolean needyDecides = needsNoun && (nearPair || passage && reopen || possessive && approve || way && clear);
    return decisionVerb || fittingNoun && (needyDecides || limitWord || hasSupportVerb(sentence)) || eventVerb && named
        || nominal;
  }

  private static boolean hasSupportVerb(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (t.pos().startsWith("VB") && SUPPORT_VERBS.containsKey(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
