package io.uncrowned.guard.understand.places;

import java.nio.file.Path;

/** The gazetteer is missing or unreadable; the message says which command installs it. */
public class GazetteerException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path location;

  public GazetteerException(Path location, String message, Throwable cause) {
    super(message, cause);
    this.location = location;
  }

  public Path location() {
    return location;
  }
}
