package io.uncrowned.guard.collect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the publication dates containers state: ISO-8601 date-times (with offset or Z; without one they are
 * taken as UTC), plain ISO dates (midnight UTC) and epoch seconds.
 */
final class Dates {
  private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{1,12}");

  private Dates() {}

  static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (EPOCH_SECONDS.matcher(v).matches()) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
    }
    // "2024-05-01 10:00:00" is common in dumps; ISO wants the T.
    if (v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10) + 'T' + v.substring(11);
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException e) {
      // try the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try a plain date
    }
    try {
      return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
