package io.uncrowned.guard.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A language as an ISO 639-1 two-letter code where one exists, else ISO 639-3; {@link #UNDETERMINED}
 * ({@code "und"}) when it could not be told.
 */
public record Lang(String code) {
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  public static final Lang UNDETERMINED = new Lang("und");

  public Lang {
    code = code.toLowerCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a language code: " + code);
    }
  }

  public static Lang of(String code) {
    return new Lang(code);
  }

  public boolean isDetermined() {
    return !equals(UNDETERMINED);
  }

  @Override
  public String toString() {
    return code;
  }
}
