package io.uncrowned.guard.understand.places.gazetteer;

import io.uncrowned.guard.article.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a gazetteer import read and wrote.
 *
 * @param sources each file read, in reading order
 * @param places place entries written to the index
 * @param alternateNames names from alternateNamesV2 written (0 when that file was absent)
 * @param synthesized countries, first- and second-level regions that had no row of their own and were given
 *     a computed point (see {@link GeonamesImporter})
 * @param problems the first malformed rows and places left out, at most {@link #MAX_PROBLEMS}
 * @param elapsed wall time of the import
 */
public record ImportReport(
    List<SourceFile> sources,
    long places,
    long alternateNames,
    long synthesized,
    List<Problem> problems,
    Duration elapsed) {
  /** Problems kept in a report; the counts in {@link SourceFile#skipped()} stay exact. */
  public static final int MAX_PROBLEMS = 50;

  public ImportReport {
    sources = List.copyOf(sources);
    problems = List.copyOf(problems);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Malformed rows skipped over all files. */
  public long skippedRows() {
    return sources.stream().mapToLong(SourceFile::skipped).sum();
  }

  /**
   * One file read by the importer.
   *
   * @param name file name as found in the folder, e.g. "cities500.zip"
   * @param rows data rows read (comments and headers not counted)
   * @param skipped malformed rows skipped
   */
  public record SourceFile(String name, long rows, long skipped) {
    public SourceFile {
      Objects.requireNonNull(name, "name");
    }
  }
}
