package io.uncrowned.guard.understand.entities;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.Sentence;
import io.uncrowned.guard.understand.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Collective actors and governments that NER models miss or mistake for places, found by patterns over the
 * tokens of one sentence:
 *
 * <ul>
 *   <li>"Western allies", "NATO partners", "European allies" → a GROUP;
 *   <li>"Russian forces / troops / army / soldiers" → a GROUP tied to the country;
 *   <li>"Russian officials / government / authorities" → the country's government;
 *   <li>"the Kowalski administration" → the government of the United States, where the word is used;
 *   <li>"the Kremlin", "the White House", "Downing Street" → the government of the country;
 *   <li>a capital followed by a verb of saying or deciding ("Moscow said", "Kyiv has agreed") → the
 *       government of the country (metonymy); a capital in any other position stays a place.
 * </ul>
 */
final class ActorPatterns {
  private static final Set<String> BLOCS =
      Set.of("Western", "NATO", "European", "EU", "Arab", "Gulf", "Nordic", "Baltic", "G7", "G20", "Allied");
  private static final Set<String> ALLIES = Set.of("allies", "partners", "backers");
  private static final Set<String> FORCES =
      Set.of("forces", "troops", "army", "military", "soldiers", "navy", "units", "servicemen");
  private static final Set<String> GOVERNMENT =
      Set.of("government", "officials", "authorities", "leadership", "diplomats", "ministers");
  private static final Set<String> SAYING =
      Set.of(
          "say", "announce", "agree", "warn", "deny", "reject", "approve", "authorize", "authorise", "insist",
          "accuse", "respond", "condemn", "demand", "threaten", "refuse", "claim", "confirm", "signal", "urge",
          "vow", "pledge", "allow", "decide", "sanction", "retaliate", "protest", "welcome", "criticize",
          "criticise", "promise", "offer", "order", "expel", "recall", "summon", "ban", "permit", "declare",
          // decisions: a capital that lifts, extends or suspends something is its government deciding
          "lift", "extend", "impose", "ease", "grant", "give", "halt", "suspend", "block", "bar", "prohibit",
          "restrict", "veto", "decline", "tighten", "expand", "widen", "renew", "reopen", "revoke", "rescind",
          "clear", "sign", "rule", "turn", "freeze", "waive", "exempt", "prolong", "relax", "loosen", "scrap",
          "let", "rebuff", "forbid", "greenlight", "okay", "resume", "cut", "end", "blacklist", "broaden", "shut",
          "close", "slap", "reintroduce", "remove", "add", "keep", "maintain", "repeal", "embargo");
  private static final Set<String> SUBORDINATORS =
      Set.of("as", "after", "that", "while", "because", "when", "before", "although", "though", "once", "since", "until");
  private static final Set<String> DAYS =
      Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "is", "was", "could");

  private final Countries countries;
  private final Demonyms demonyms;

  ActorPatterns(Countries countries, Demonyms demonyms) {
    this.countries = countries;
    this.demonyms = demonyms;
  }

  List<Candidate> find(String text, Sentence sentence) {
    List<Token> t = sentence.tokens();
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Optional<Candidate> c = at(text, t, i);
      if (c.isPresent()) {
        found.add(c.get());
        while (i + 1 < t.size() && t.get(i + 1).span().start() < c.get().span().end()) {
          i++;
        }
      }
    }
    return found;
  }

  private Optional<Candidate> at(String text, List<Token> t, int i) {
    Optional<Candidate> c = bloc(text, t, i);
    if (c.isEmpty()) {
      c = nationalActor(text, t, i);
    }
    if (c.isEmpty()) {
      c = administration(text, t, i);
    }
    if (c.isEmpty()) {
      c = seat(text, t, i);
    }
    if (c.isEmpty()) {
      c = capitalSpeaking(text, t, i);
    }
    if (c.isEmpty()) {
      c = untaggedCountry(text, t, i);
    }
    return c;
  }

  /** A country the tagger did not tag ("Czechia", "Türkiye"): proper nouns that spell a country's name. */
  private Optional<Candidate> untaggedCountry(String text, List<Token> t, int i) {
    if (!t.get(i).ner().equals("O") || !t.get(i).pos().startsWith("NNP")) {
      return Optional.empty();
    }
    for (int n = Math.min(3, t.size() - i); n >= 1; n--) {
      int last = i + n - 1;
      boolean proper = t.subList(i, last + 1).stream().allMatch(x -> x.pos().startsWith("NNP") && x.ner().equals("O"));
      Optional<String> code = proper ? countries.code(words(t, i, last)) : Optional.empty();
      if (code.isPresent() && countries.name(code.get()).isPresent()) {
        return Optional.of(candidate(text, t, i, last, EntityKind.LOCATION, countries.name(code.get()).get(), code.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<Candidate> bloc(String text, List<Token> t, int i) {
    if (i + 1 >= t.size() || !ALLIES.contains(t.get(i + 1).word())) {
      return Optional.empty();
    }
    String head = t.get(i).word();
    if (!BLOCS.contains(head) && !demonyms.contains(head)) {
      return Optional.empty();
    }
    String name = demonyms.adjective(head).orElse(head) + " " + t.get(i + 1).word();
    return Optional.of(candidate(text, t, i, i + 1, EntityKind.GROUP, name, null));
  }

  /** A nationality phrase followed by a word for the armed forces or for the government. */
  private Optional<Candidate> nationalActor(String text, List<Token> t, int i) {
    for (int n = Math.min(demonyms.maxWords(), t.size() - i - 1); n >= 1; n--) {
      String phrase = words(t, i, i + n - 1);
      Optional<String> code = demonyms.country(phrase);
      if (code.isEmpty() || !Character.isUpperCase(phrase.charAt(0))) {
        continue;
      }
      String next = t.get(i + n).word().toLowerCase(Locale.ROOT);
      String adjective = demonyms.adjective(phrase).orElse(phrase);
      if (FORCES.contains(next) && !modifiesNoun(t, i + n)) {
        return Optional.of(candidate(text, t, i, i + n, EntityKind.GROUP, adjective + " forces", code.get()));
      }
      if (GOVERNMENT.contains(next) && countries.name(code.get()).isPresent()) {
        String government = countries.governmentName(code.get());
        return Optional.of(candidate(text, t, i, i + n, EntityKind.ORGANIZATION, government, code.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * "the Kowalski administration": in news English a person's name before "administration" names a US
   * presidency, so it stands for the US government.
   */
  private Optional<Candidate> administration(String text, List<Token> t, int i) {
    if (!t.get(i).word().equalsIgnoreCase("the") || countries.name("US").isEmpty()) {
      return Optional.empty();
    }
    int k = i + 1;
    while (k < t.size() && k <= i + 3 && t.get(k).ner().equals("PERSON")) {
      k++;
    }
    if (k == i + 1 || k >= t.size() || !t.get(k).word().equals("administration")) {
      return Optional.empty();
    }
    return Optional.of(candidate(text, t, i, k, EntityKind.ORGANIZATION, countries.governmentName("US"), "US"));
  }

  private Optional<Candidate> seat(String text, List<Token> t, int i) {
    if (!Character.isUpperCase(t.get(i).word().charAt(0))) {
      return Optional.empty();
    }
    for (int n = Math.min(3, t.size() - i); n >= 1; n--) {
      Optional<String> code = countries.codeOfSeat(words(t, i, i + n - 1));
      if (code.isPresent()) {
        int start = i > 0 && t.get(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i;
        String government = countries.governmentName(code.get());
        return Optional.of(candidate(text, t, start, i + n - 1, EntityKind.ORGANIZATION, government, code.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<Candidate> capitalSpeaking(String text, List<Token> t, int i) {
    // any class will do: the CRF often calls a capital in subject position a person ("Kyiv agreed")
    // a capital the tagger missed ("Stockholm gives nod to…") still counts when it is a proper noun
    boolean untagged = t.get(i).ner().equals("O");
    if (untagged && !t.get(i).pos().startsWith("NNP") || !untagged && i > 0 && t.get(i - 1).ner().equals(t.get(i).ner())) {
      return Optional.empty();
    }
    int k = untagged ? properRunEnd(t, i) : runEnd(t, i);
    Optional<String> code = countries.codeOfCapital(words(t, i, k));
    // "analysts in Windhoek said": after a preposition the capital is where people spoke, not who
    boolean afterPreposition = i > 0 && t.get(i - 1).pos().equals("IN")
        && !SUBORDINATORS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT)); // "as Warsaw lifted…" is a clause
    if (code.isEmpty() || afterPreposition || !(speaks(t, k + 1) || coordinatedCapitalSpeaks(t, k + 1))) {
      return Optional.empty();
    }
    String government = countries.governmentName(code.get());
    return Optional.of(candidate(text, t, i, k, EntityKind.ORGANIZATION, government, code.get()));
  }

  /** The last token of the run of untagged proper nouns from token {@code i} ("Buenos Aires"). */
  private static int properRunEnd(List<Token> t, int i) {
    int k = i;
    while (k + 1 < t.size() && t.get(k + 1).pos().startsWith("NNP") && t.get(k + 1).ner().equals("O")) {
      k++;
    }
    return k;
  }

  /** The last token of the run of tokens with the same NER label as token {@code i}. */
  private static int runEnd(List<Token> t, int i) {
    int k = i;
    while (k + 1 < t.size() && t.get(k + 1).ner().equals(t.get(i).ner())) {
      k++;
    }
    return k;
  }

  /** "Washington [and Kyiv agreed]": another capital, then a verb of saying, both governments. */
  private boolean coordinatedCapitalSpeaks(List<Token> t, int k) {
    if (k + 1 >= t.size() || !t.get(k).word().equals("and") || t.get(k + 1).ner().equals("O")) {
      return false;
    }
    int end = runEnd(t, k + 1);
    return countries.codeOfCapital(words(t, k + 1, end)).isPresent() && speaks(t, end + 1);
  }

  /** "Russian military activities": "military" used as an adjective names no actor. */
  private static boolean modifiesNoun(List<Token> t, int k) {
    return t.get(k).word().equals("military") && k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN");
  }

  /**
   * Whether a verb of saying or deciding starts at {@code k}, maybe after auxiliaries and adverbs ("Berlin has
   * again refused", "Tokyo will not lift", "Tokyo on Tuesday lifted").
   */
  private static boolean speaks(List<Token> t, int k) {
    for (int skipped = 0; skipped < 4 && k < t.size() && (skippable(t.get(k)) || onADay(t, k)); skipped++) {
      k++;
    }
    return k < t.size() && t.get(k).pos().startsWith("VB") && SAYING.contains(t.get(k).lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean skippable(Token t) {
    return AUXILIARIES.contains(t.word().toLowerCase(Locale.ROOT)) || t.pos().equals("MD") || t.pos().startsWith("RB")
        || DAYS.contains(t.word());
  }

  /** "on" before a date: "Tokyo on Tuesday lifted". */
  private static boolean onADay(List<Token> t, int k) {
    return t.get(k).word().equals("on") && k + 1 < t.size() && DAYS.contains(t.get(k + 1).word());
  }

  private static String words(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder(t.get(from).word());
    for (int k = from + 1; k <= to; k++) {
      b.append(' ').append(t.get(k).word());
    }
    return b.toString();
  }

  private static Candidate candidate(
      String text, List<Token> t, int from, int to, EntityKind kind, String name, String country) {
    Span span = new Span(t.get(from).span().start(), t.get(to).span().end());
    return new Candidate(span, span.of(text), kind, name, country);
  }
}
