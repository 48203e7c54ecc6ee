package io.uncrowned.guard.understand.entities;

import io.uncrowned.guard.article.Span;
import io.uncrowned.guard.understand.nlp.AnnotatedText;
import io.uncrowned.guard.understand.nlp.Demonyms;
import io.uncrowned.guard.understand.nlp.NerMention;
import io.uncrowned.guard.understand.nlp.NerType;
import io.uncrowned.guard.understand.nlp.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the NLP engine's mentions of one article into canonical entities, keeping identity apart from
 * surface text: "U.S.", "the United States" and "America" become the one entity "United States";
 * "the Kremlin" and "Moscow said" the "Government of Russia"; "Russian forces" a group tied to Russia; a
 * surname alone the person named in full elsewhere in the article; "ECB" the "European Central Bank".
 *
 * <p>Entities are per article; their ids ({@link EntityId}) are stable across articles. Immutable and
 * thread-safe.
 */
public final class EntityLinker {
  private final Countries countries;
  private final Demonyms demonyms;
  private final ActorPatterns patterns;

  public EntityLinker(Countries countries, Demonyms demonyms) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.demonyms = Objects.requireNonNull(demonyms, "demonyms");
    this.patterns = new ActorPatterns(countries, demonyms);
  }

  /**
   * Links the mentions of {@code annotated}, the engine's analysis of {@code text}.
   *
   * @param text the text that was annotated (the article's canonical text); spans index it
   */
  public LinkedEntities link(String text, AnnotatedText annotated) {
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      candidates.addAll(patterns.find(text, s));
    }
    List<Candidate> fromPatterns = List.copyOf(candidates);
    List<NerMention> ner = annotated.mentions();
    for (int i = 0; i < ner.size(); i++) {
      NerMention m = ner.get(i);
      if (m.type() == NerType.OTHER || fromPatterns.stream().anyMatch(c -> c.overlaps(m.span()))) {
        continue;
      }
      NerMention next = i + 1 < ner.size() ? ner.get(i + 1) : null;
      if (m.type() == NerType.ORGANIZATION && next != null && ofPlace(text, m, next)) {
        candidates.add(organisationOfPlace(text, m, next));
        i++;
      } else {
        fromNer(m).ifPresent(candidates::add);
      }
    }
    candidates.sort(Comparator.comparing(Candidate::span));
    candidates = KindVote.apply(candidates);
    candidates = new Surnames().merge(candidates);
    candidates = Acronyms.merge(text, annotated, candidates);
    return build(candidates);
  }

  /**
   * English names start with a capital; a name the tagger found in lower case ("she" tagged as a person)
   * is tagging noise, not an entity.
   */
  private static boolean startsLowerCase(String text) {
    int first = text.codePoints().filter(Character::isLetter).findFirst().orElse('A');
    return Character.isLowerCase(first);
  }

  private Optional<Candidate> fromNer(NerMention m) {
    String text = m.text().strip();
    if (text.isEmpty() || !text.chars().anyMatch(Character::isLetter) || startsLowerCase(text)) {
      return Optional.empty();
    }
    Optional<String> country = m.type() == NerType.PERSON && !text.contains(".") ? Optional.empty() : countries.code(text);
    if (country.isPresent() && m.type() != NerType.NATIONALITY) {
      String name = countries.name(country.get()).orElseThrow();
      return Optional.of(new Candidate(m.span(), m.text(), EntityKind.LOCATION, name, country.get()));
    }
    return switch (m.type()) {
      case PERSON -> Optional.of(new Candidate(m.span(), m.text(), EntityKind.PERSON, text, null));
      case ORGANIZATION -> Optional.of(
          new Candidate(m.span(), m.text(), EntityKind.ORGANIZATION, stripThe(text), countryInName(stripThe(text))));
      case LOCATION -> Optional.of(new Candidate(m.span(), m.text(), EntityKind.LOCATION, stripThe(text), null));
      case NATIONALITY -> {
        String adjective = demonyms.adjective(text).orElse(text);
        yield Optional.of(
            new Candidate(m.span(), m.text(), EntityKind.NATIONALITY, adjective, demonyms.country(text).orElse(null)));
      }
      case OTHER -> Optional.empty();
    };
  }

  /** "Ministry of Defense" + " of " + "Ukraine": one organisation, tied to the place when it is a country. */
  private static boolean ofPlace(String text, NerMention org, NerMention next) {
    return next.type() == NerType.LOCATION
        && next.span().start() > org.span().end()
        && text.substring(org.span().end(), next.span().start()).equals(" of ");
  }

  private Candidate organisationOfPlace(String text, NerMention org, NerMention place) {
    Span span = new Span(org.span().start(), place.span().end());
    String name = stripThe(span.of(text));
    return new Candidate(span, span.of(text), EntityKind.ORGANIZATION, name, countries.code(place.text()).orElse(null));
  }

  /**
   * The country an organisation's name opens with: "U.S. Commerce Department" → US, "Russian Defence Ministry"
   * → RU; null when it opens with none. A firm named after a country is tied to it as well, which is what the
   * country code of an organisation means.
   */
  private String countryInName(String name) {
    String[] words = name.split(" ");
    for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
      String head = String.join(" ", Arrays.copyOfRange(words, 0, n));
      Optional<String> code = countries.code(head).or(() -> demonyms.country(head));
      if (code.isPresent()) {
        return code.get();
      }
    }
    return null;
  }

  private static String stripThe(String name) {
    return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
  }

  /** Groups candidates by (kind, canonical name) into entities in order of first mention. */
  private static LinkedEntities build(List<Candidate> candidates) {
    Map<EntityId, List<Candidate>> byId = new LinkedHashMap<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (Candidate c : candidates) {
      EntityId id = EntityId.of(c.kind(), c.name());
      byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
      mentions.add(new EntityMention(c.span(), c.text(), id));
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<EntityId, List<Candidate>> e : byId.entrySet()) {
      Candidate first = e.getValue().get(0);
      Set<String> aliases = new LinkedHashSet<>();
      String country = null;
      for (Candidate c : e.getValue()) {
        aliases.add(c.text().replaceAll("\\s+", " "));
        country = country == null ? c.country() : country;
      }
      entities.add(new Entity(e.getKey(), first.name(), first.kind(), List.copyOf(aliases), country));
    }
    return new LinkedEntities(entities, mentions);
  }
}
