package io.uncrowned.guard.brief;

/** The embedding model could not be loaded or run; {@link #resource()} names what failed. */
public final class EmbedderException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String resource;

  public EmbedderException(String resource, String message, Throwable cause) {
    super(resource + ": " + message, cause);
    this.resource = resource;
  }

  /** The model or tokenizer resource involved. */
  public String resource() {
    return resource;
  }
}
