package io.uncrowned.guard.article;

import java.util.Objects;

/**
 * Something that went wrong with one input, reported as data so the rest of the batch goes on.
 *
 * @param input the input's name as the user would recognise it: a path, a URL, "file.jsonl line 12", or
 *     "crawl.warc.gz record at offset 2048"
 * @param reason one line saying what is wrong, e.g. "malformed JSON: unexpected end of input"
 */
public record Problem(String input, String reason) {
  public Problem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    reason = reason.replaceAll("\\s+", " ").strip();
  }

  /** The one-line form shown to users: {@code input: reason}. */
  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
