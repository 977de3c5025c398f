package org.cync.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/**
 * The console's one date format, "2026-12-06 18:04" in the given zone: minutes are enough for a
 * person and the zone is named once in the footer, so no page shows nanoseconds, a 'T' or a 'Z'.
 * Pure, so the pages' formats are unit-tested here.
 */
public final class ConsoleTime {
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

  /** The fallback zone, named "UTC" (not "Z") in the footer. */
  public static final ZoneId UTC = ZoneId.of("UTC");

  private ConsoleTime() {}

  /** The moment in {@code zone}; "" for none. */
  public static String format(Instant at, ZoneId zone) {
    return at == null ? "" : MINUTES.withZone(zone).format(at);
  }

  /**
   * Whatever a bean hands a page: an {@link Instant}, a {@link Date}, an {@link OffsetDateTime} or
   * an ISO-8601 text as the API and the batch runtime give it; a text that is no moment stays as it
   * is, and null or blank gives "".
   */
  public static String format(Object at, ZoneId zone) {
    return switch (at) {
      case null -> "";
      case Instant i -> format(i, zone);
      case Date d -> format(d.toInstant(), zone);
      case OffsetDateTime o -> format(o.toInstant(), zone);
      case String s -> s.isBlank() ? "" : parse(s.strip()).map(i -> format(i, zone)).orElse(s);
      default -> at.toString();
    };
  }

  /** The zone a browser named, or "UTC" when it named none or one Java does not know. */
  public static ZoneId zone(String browserZone) {
    if (browserZone == null || !ZoneId.getAvailableZoneIds().contains(browserZone.strip())) {
      return UTC;
    }
    return ZoneId.of(browserZone.strip());
  }

  private static java.util.Optional<Instant> parse(String s) {
    try {
      return java.util.Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return java.util.Optional.of(java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        return java.util.Optional.empty();
      }
    }
  }
}
