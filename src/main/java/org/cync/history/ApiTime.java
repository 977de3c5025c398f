package org.cync.history;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Times as the API gives them: RFC 3339 in UTC with milliseconds ({@code
 * 2026-12-06T07:21:33.224Z}), which JavaScript's {@code Date}, Python's {@code fromisoformat} and
 * {@code Instant.parse} all read. JSON-B's default for a {@link Date} appends the zone id ({@code
 * Z[UTC]}), which none of them accept, so views hand JSON-B strings. Pure.
 */
public final class ApiTime {
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ApiTime() {}

  /** The time as RFC 3339 in UTC, or null for none. */
  public static String of(Date time) {
    return time == null ? null : RFC_3339.format(time.toInstant());
  }
}
