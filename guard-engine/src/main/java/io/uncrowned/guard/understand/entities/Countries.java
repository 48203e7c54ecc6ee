package io.uncrowned.guard.understand.entities;

import io.uncrowned.guard.understand.places.GazetteerException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of countries and of what stands for their governments: the GeoNames country table (names, capitals)
 * plus our own list of short forms ("U.S.", "UK", "America") and seats of government ("the Kremlin").
 * Immutable and thread-safe.
 *
 * <p>Look-ups ignore case and a leading "the", except for all-capital aliases, which must match exactly so
 * that "US" is the country and "us" the pronoun.
 */
public final class Countries {
  private static final String CURATED = "country-aliases.tsv";
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
  private final Map<String, String> nameByCode = new HashMap<>();
  private final Map<String, String> codeByAlias = new HashMap<>();
  private final Map<String, String> codeByExactAlias = new HashMap<>();
  private final Map<String, String> codeByCapital = new HashMap<>();
  private final Map<String, String> codeBySeat = new HashMap<>();

  private Countries() {}

  /** Reads GeoNames' {@code countryInfo.txt} and adds the curated aliases. */
  public static Countries fromGeoNames(Path countryInfo) {
    try (Reader r = Files.newBufferedReader(countryInfo, StandardCharsets.UTF_8)) {
      return read(r);
    } catch (IOException | UncheckedIOException e) {
      throw new GazetteerException(countryInfo, countryInfo + ": cannot read the GeoNames country table", e);
    }
  }

  /** Reads a country table in GeoNames' {@code countryInfo.txt} layout and adds the curated aliases. */
  public static Countries read(Reader countryInfo) throws IOException {
    Countries c = new Countries();
    BufferedReader r = new BufferedReader(countryInfo);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 6 || !CODE.matcher(f[0]).matches()) {
        continue;
      }
      c.nameByCode.put(f[0], f[4]);
      c.addAlias(f[4], f[0]);
      if (!f[5].isBlank()) {
        c.codeByCapital.put(key(f[5]), f[0]);
      }
    }
    c.readCurated();
    return c;
  }

  private void readCurated() throws IOException {
    InputStream in = Countries.class.getResourceAsStream(CURATED);
    if (in == null) {
      throw new IllegalStateException("missing resource " + CURATED + " beside " + Countries.class.getName());
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length != 3 || !nameByCode.containsKey(f[1])) {
          continue;
        }
        switch (f[0]) {
          case "alias" -> addAlias(f[2], f[1]);
          case "seat" -> codeBySeat.put(key(f[2]), f[1]);
          case "capital" -> codeByCapital.put(key(f[2]), f[1]);
          default -> throw new IllegalStateException(CURATED + ": unknown line kind " + f[0]);
        }
      }
    }
  }

  private void addAlias(String alias, String code) {
    if (alias.equals(alias.toUpperCase(Locale.ROOT))) {
      codeByExactAlias.put(alias, code);
    } else {
      codeByAlias.put(key(alias), code);
    }
  }

  /** The country a name stands for ("U.S.", "the United States", "Britain"), if it names one. */
  public Optional<String> code(String name) {
    String exact = codeByExactAlias.get(name.strip());
    return Optional.ofNullable(exact != null ? exact : codeByAlias.get(key(name)));
  }

  /** The canonical (GeoNames) name of a country: "United States" for US. */
  public Optional<String> name(String code) {
    return Optional.ofNullable(nameByCode.get(code));
  }

  /** The country whose capital this is ("Moscow" → RU), if it is one. */
  public Optional<String> codeOfCapital(String city) {
    return Optional.ofNullable(codeByCapital.get(key(city)));
  }

  /** The country whose seat of government these words name ("the Kremlin" → RU), if they name one. */
  public Optional<String> codeOfSeat(String words) {
    return Optional.ofNullable(codeBySeat.get(key(words)));
  }

  /** Seats of government by their words without "the", for matching over tokens. */
  Map<String, String> seats() {
    return Map.copyOf(codeBySeat);
  }

  /** "Government of the United States", "Government of Russia". */
  public String governmentName(String code) {
    String name = name(code).orElse(code);
    boolean needsThe = name.startsWith("United ") || name.contains(" of ") || name.endsWith("Republic")
        || name.endsWith("Islands") || name.endsWith("Emirates") || name.equals("Netherlands") || name.equals("Philippines");
    return "Government of " + (needsThe ? "the " : "") + name;
  }

  private static String key(String name) {
    String k = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
