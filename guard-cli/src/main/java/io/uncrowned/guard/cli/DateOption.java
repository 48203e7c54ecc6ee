package io.uncrowned.guard.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --from}/{@code --to} values: a date (start of day, UTC) or an ISO-8601 instant. */
final class DateOption implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("not a date (YYYY-MM-DD) or instant: " + value);
    }
  }
}
