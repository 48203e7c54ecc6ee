package io.uncrowned.guard.understand.places.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Folding and transliteration of place names. */
class NameFolderTest {
  private final NameFolder folder = new NameFolder();

  @Test
  void foldsCaseAccentsAndPunctuation() {
    assertEquals("charkow", NameFolder.fold("Charków"));
    assertEquals("kharkov", NameFolder.fold("Khar'kov"));
    assertEquals("kharkov", NameFolder.fold("Khar’kov"));
    assertEquals("st louis", NameFolder.fold("St. Louis"));
    assertEquals("provence alpes cote d azur", NameFolder.fold("Provence-Alpes-Côte d Azur"));
    assertEquals("muenchen", NameFolder.fold("Muenchen"));
    assertEquals("strasse", NameFolder.fold("Straße"));
    assertEquals("", NameFolder.fold(" -'. "));
    assertEquals("usa", NameFolder.fold("U.S.A."));
    assertEquals("a coruna", NameFolder.fold("A Coruña"));
  }

  @Test
  void keepsNonLatinScriptsWhenFolding() {
    assertEquals("харків", NameFolder.fold("Харків"));
  }

  @Test
  void transliteratesCyrillicTheWayGeonamesSpellsIt() {
    assertTrue(folder.variants("Харків").contains("kharkiv"), folder.variants("Харків").toString());
    assertTrue(folder.variants("Харьков").contains("kharkov"), folder.variants("Харьков").toString());
    assertEquals("харків", folder.variants("Харків").iterator().next());
  }

  @Test
  void transliteratesOtherScriptsToo() {
    assertTrue(folder.variants("Αθήνα").contains("athena"), folder.variants("Αθήνα").toString());
  }

  @Test
  void expandsALeadingAbbreviation() {
    assertEquals(java.util.List.of("st louis", "saint louis"), java.util.List.copyOf(folder.variants("St. Louis")));
    assertEquals(java.util.List.of("saint louis", "st louis"), java.util.List.copyOf(folder.variants("Saint-Louis")));
    assertEquals(1, folder.variants("Stanford").size());
  }

  @Test
  void latinInputHasOneVariant() {
    assertEquals(1, folder.variants("Kharkiv").size());
  }
}
