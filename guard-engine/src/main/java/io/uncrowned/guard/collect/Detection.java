package io.uncrowned.guard.collect;

import java.util.Objects;

/** What {@link FormatDetector} concluded about an input: a format it can be read as, or why it cannot. */
public sealed interface Detection {

  /**
   * The input can be read as {@code format}; when {@code gzipped}, only after gunzipping it (a
   * {@code page.html.gz}, {@code dump.jsonl.gz}). WARC.gz is its own format, read by jwarc, so never gzipped.
   */
  record Known(InputFormat format, boolean gzipped) implements Detection {
    public Known {
      Objects.requireNonNull(format, "format");
      if (gzipped && format == InputFormat.WARC_GZ) {
        throw new IllegalArgumentException("WARC.gz is read as it is, not gunzipped first");
      }
    }

    public Known(InputFormat format) {
      this(format, false);
    }
  }

  /** The input cannot be read; {@code reason} is one line for the user, e.g. "empty file". */
  record Refused(String reason) implements Detection {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
