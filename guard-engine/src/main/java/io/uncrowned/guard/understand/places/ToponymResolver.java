package io.uncrowned.guard.understand.places;

import java.util.List;

/** Resolves the toponyms of one text to gazetteer entries. Thread-safe; keeps no state between texts. */
public interface ToponymResolver {
  /**
   * One mention per toponym that has a gazetteer candidate, in the order of {@code toponyms}; toponyms
   * without any candidate are left out.
   *
   * @param text the text the toponyms' spans index, read for context (level words, hierarchy)
   */
  List<PlaceMention> resolve(String text, List<Toponym> toponyms);
}
