package io.uncrowned.guard.search;

import java.nio.file.Path;

/** The index could not be opened, read or written. */
public class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path location;

  public IndexException(Path location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = location;
  }

  public Path location() {
    return location;
  }
}
