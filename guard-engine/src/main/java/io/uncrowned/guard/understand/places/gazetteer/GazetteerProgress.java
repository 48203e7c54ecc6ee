package io.uncrowned.guard.understand.places.gazetteer;

/**
 * Progress of a gazetteer import or download, for a progress bar. Called often (every few thousand rows or
 * every buffer of bytes) from the working thread; keep it cheap.
 */
@FunctionalInterface
public interface GazetteerProgress {
  /** Ignores all progress. */
  GazetteerProgress NONE = (step, done, total) -> { };

  /**
   * @param step what is being done, e.g. "cities500.txt" (rows read) or "download allCountries.zip" (bytes)
   * @param done rows or bytes done so far in this step
   * @param total rows or bytes expected in this step, or -1 when unknown (rows are never known in advance)
   */
  void update(String step, long done, long total);
}
