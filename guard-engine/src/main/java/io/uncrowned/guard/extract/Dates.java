package io.uncrowned.guard.extract;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates pages write: ISO 8601 with or without offset or time, RFC 1123 and a date in
 * the URL path. A date without a time is the start of that day in UTC; a time without offset is read as UTC.
 */
final class Dates {
  private static final DateTimeFormatter ISO_LOOSE_OFFSET =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart().appendLiteral('T').optionalEnd()
          .optionalStart().appendLiteral(' ').optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
          .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
          .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
          .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
          .optionalStart().appendOffset("+HH", "Z").optionalEnd()
          .toFormatter();
  private static final List<Pattern> URL_DATES =
      List.of(
          Pattern.compile("/((?:19|20)\\d\\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$)"),
          Pattern.compile("/((?:19|20)\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)"),
          Pattern.compile("[/\\-_]((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/.]|$)"));
  private static final Pattern URL_MONTH_NAME =
      Pattern.compile(
          "/((?:19|20)\\d\\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\\d|3[01])(?:/|$)",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private Dates() {}

  /**
   * Publication dates outside this range are placeholders ("0001-01-01" on some CMSs) or typos, and make the
   * reader try the next source.
   */
  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  /** The instant a date string names, or empty when it is not a plausible date we can read. */
  static Optional<Instant> parse(String raw) {
    return parseAny(raw).filter(t -> !t.isBefore(EARLIEST) && t.isBefore(LATEST));
  }

  private static Optional<Instant> parseAny(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      var parsed = ISO_LOOSE_OFFSET.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      return Optional.of(
          parsed instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // not a date-time; try the other forms
    }
    try {
      LocalDate day = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      return Optional.of(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      // not an ISO date either
    }
    try {
      return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A date written in a URL path, like {@code /2024/05/31/} or {@code /2024-05-31-title}, at 00:00 UTC. */
  static Optional<Instant> fromUrl(URI url) {
    if (url == null || url.getRawPath() == null) {
      return Optional.empty();
    }
    for (Pattern p : URL_DATES) {
      Matcher m = p.matcher(url.getRawPath());
      if (m.find()) {
        try {
          LocalDate d =
              LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
          return Optional.of(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (java.time.DateTimeException e) {
          // 2023/02/30 and such: not a date
        }
      }
    }
    Matcher m = URL_MONTH_NAME.matcher(url.getRawPath());
    if (m.find()) {
      int month = MONTHS.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT)) + 1;
      try {
        return Optional.of(
            LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
