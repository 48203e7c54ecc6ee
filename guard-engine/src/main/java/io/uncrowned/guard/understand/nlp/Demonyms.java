package io.uncrowned.guard.understand.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Nationality words ("Russian", "Ukrainians", "South Korean") and the country each stands for, as ISO
 * 3166-1 alpha-2 codes; peoples and faiths with no one country ("Kurdish", "Catholic") are listed without. Matching is case-sensitive: "Polish" the nationality, not "polish" the verb.
 * Immutable and thread-safe.
 */
public final class Demonyms {
  private static final String RESOURCE = "demonyms.tsv";
  private static final String NO_COUNTRY = "-";
  private final Map<String, String> countryByWord;
  private final Map<String, String> adjectiveByWord;
  private final int maxWords;

  private Demonyms(Map<String, String> countryByWord, Map<String, String> adjectiveByWord) {
    this.countryByWord = Map.copyOf(countryByWord);
    this.adjectiveByWord = Map.copyOf(adjectiveByWord);
    this.maxWords = countryByWord.keySet().stream().mapToInt(w -> w.split(" ").length).max().orElse(1);
  }

  /** The curated list bundled with the engine (about 90 countries). */
  public static Demonyms bundled() {
    InputStream in = Demonyms.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE + " beside " + Demonyms.class.getName());
    }
    Map<String, String> country = new HashMap<>();
    Map<String, String> adjective = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length != 3) {
          continue;
        }
        country.put(f[0], f[2]);
        adjective.put(f[0], f[0]);
        if (!f[1].equals("-")) {
          country.put(f[1], f[2]);
          adjective.put(f[1], f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Demonyms(country, adjective);
  }

  /** The country code for a nationality word or phrase as written ("Russians" → RU), if it has one. */
  public Optional<String> country(String words) {
    String code = countryByWord.get(words);
    return code == null || code.equals(NO_COUNTRY) ? Optional.empty() : Optional.of(code);
  }

  /** Whether the words name a nationality, people or faith ("Russians", "Kurdish"), country or not. */
  public boolean contains(String words) {
    return countryByWord.containsKey(words);
  }

  /** The adjective form ("Russians" → "Russian"), if known. */
  public Optional<String> adjective(String words) {
    return Optional.ofNullable(adjectiveByWord.get(words));
  }

  /** The longest phrase in the list, in words (2 for "South Korean"). */
  public int maxWords() {
    return maxWords;
  }
}
