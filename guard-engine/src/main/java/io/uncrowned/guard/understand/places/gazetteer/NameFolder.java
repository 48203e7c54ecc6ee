package io.uncrowned.guard.understand.places.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns a place name into the keys the gazetteer index is searched by.
 *
 * <p>{@link #fold} is the one folding used both when indexing and when looking up: lower case, Latin
 * diacritics removed ("Charków" → "charkow"), apostrophes dropped ("Khar'kov" → "kharkov"), other punctuation
 * turned into single spaces ("Stratford-upon-Avon" → "stratford upon avon"), initials joined ("U.S." → "us"). Non-Latin scripts are kept as
 * they are (lower-cased), so a Cyrillic alternate name matches Cyrillic input exactly.
 *
 * <p>{@link #variants} also swaps a leading "St"/"Saint", "Ste"/"Sainte", "Ft"/"Fort", "Mt"/"Mount", "Pt"/"Port",
 * and adds Latin transliterations of non-Latin input, made with ICU4J: the generic
 * "Any-Latin" and, for Cyrillic, the BGN/PCGN romanisations for Russian and Ukrainian, which are the ones
 * GeoNames' English names follow ("Харків" → "kharkiv", "Харьков" → "khar'kov" → "kharkov"). The
 * transliterators are built once per instance and shared by all threads without locking: ICU documents
 * transliterators as stateless between calls, so threads may share them. Thread-safe.
 */
public final class NameFolder {
  private static final String ANY_LATIN = "Any-Latin; Latin-ASCII";
  private static final List<String> CYRILLIC_IDS =
      List.of("Russian-Latin/BGN; Latin-ASCII", "Ukrainian-Latin/BGN; Latin-ASCII");

  private static final String[][] ABBREVIATIONS = {{"st", "saint"}, {"ste", "sainte"}, {"ft", "fort"},
      {"mt", "mount"}, {"pt", "port"}};

  private final Transliterator anyLatin;
  private final List<Transliterator> cyrillic;

  /** Builds the transliterators (about a tenth of a second); share one instance. */
  public NameFolder() {
    this.anyLatin = Transliterator.getInstance(ANY_LATIN);
    this.cyrillic = CYRILLIC_IDS.stream().map(Transliterator::getInstance).toList();
  }

  /**
   * The folded key of a name, empty when nothing but punctuation is left.
   *
   * @param name any name, not null
   */
  public static String fold(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    char[] in = lower.toCharArray();
    // Folding can expand one character to up to four ("ß" → "ss").
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    StringBuilder folded = new StringBuilder(length);
    boolean pendingSpace = false;
    for (int i = 0; i < length; i++) {
      char c = out[i];
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && folded.length() > 0) {
          folded.append(' ');
        }
        pendingSpace = false;
        folded.append(c);
      } else if (!isApostrophe(c)) {
        pendingSpace = true;
      }
    }
    return joinInitials(folded.toString());
  }

  /** "u s a" (from "U.S.A.") becomes "usa", so dotted and plain acronyms meet; one letter stays as it is. */
  private static String joinInitials(String folded) {
    if (folded.length() < 3 || folded.charAt(1) != ' ') {
      return folded;
    }
    for (int i = 0; i < folded.length(); i++) {
      if ((i % 2 == 0) != Character.isLetterOrDigit(folded.charAt(i))) {
        return folded;
      }
    }
    return folded.replace(" ", "");
  }

  /**
   * The folded name followed by the folded Latin transliterations of any non-Latin letters in it; no empty
   * keys, no duplicates, the plain folding first.
   */
  public Set<String> variants(String name) {
    Set<String> keys = new LinkedHashSet<>();
    String folded = fold(name);
    addIfNotEmpty(keys, folded);
    addAbbreviationVariant(keys, folded);
    if (hasNonLatinLetter(name)) {
      addIfNotEmpty(keys, fold(anyLatin.transliterate(name)));
      if (hasCyrillic(name)) {
        for (Transliterator t : cyrillic) {
          addIfNotEmpty(keys, fold(t.transliterate(name)));
        }
      }
    }
    return keys;
  }

  /** "St Louis" ↔ "Saint Louis", "Ft Worth" ↔ "Fort Worth", "Mt Vernon" ↔ "Mount Vernon": first word only. */
  private static void addAbbreviationVariant(Set<String> keys, String folded) {
    int space = folded.indexOf(' ');
    if (space < 0) {
      return;
    }
    String first = folded.substring(0, space);
    String rest = folded.substring(space);
    for (String[] pair : ABBREVIATIONS) {
      if (first.equals(pair[0])) {
        keys.add(pair[1] + rest);
      } else if (first.equals(pair[1])) {
        keys.add(pair[0] + rest);
      }
    }
  }

  private static void addIfNotEmpty(Set<String> keys, String key) {
    if (!key.isEmpty()) {
      keys.add(key);
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʼ' || c == 'ʹ' || c == 'ʻ' || c == '´';
  }

  private static boolean hasNonLatinLetter(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
  }

  private static boolean hasCyrillic(String s) {
    return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
  }
}
