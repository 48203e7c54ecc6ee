package io.uncrowned.guard.store;

import java.nio.file.Path;

/** The store could not be opened, read or written. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path location;

  public StoreException(Path location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = location;
  }

  public Path location() {
    return location;
  }
}
