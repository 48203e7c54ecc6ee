package io.uncrowned.guard.extract;

/** A document that holds no article we can extract; {@link #input()} names it. */
public class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String input;

  public ExtractionException(String input, String reason) {
    super(reason);
    this.input = input;
  }

  public String input() {
    return input;
  }
}
