package io.uncrowned.guard.collect;

import java.util.Objects;

/** What {@link FormatDetector} concluded about an input: a format it can be read as, or why it cannot. */
public sealed interface Detection {

  /** The input can be read as {@code format}. */
  record Known(InputFormat format) implements Detection {
    public Known {
      Objects.requireNonNull(format, "format");
    }
  }

  /** The input cannot be read; {@code reason} is one line for the user, e.g. "empty file". */
  record Refused(String reason) implements Detection {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
