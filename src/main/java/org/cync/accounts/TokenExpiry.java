package org.cync.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * When a new API token expires: 90 days by default, at most two years ahead; given as an RFC 3339
 * time ({@code 2026-05-01T12:00:00Z}) or a date ({@code 2026-05-01}, valid through that day, UTC).
 * Pure.
 */
final class TokenExpiry {
  static final Duration DEFAULT = Duration.ofDays(90);

  private TokenExpiry() {}

  static Instant parse(String text, Instant now) {
    if (text == null || text.isBlank()) {
      return now.plus(DEFAULT);
    }
    Instant expires;
    try {
      expires =
          text.length() == 10
              ? LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
              : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw AccountProblem.badRequest(
          "'expires' must be an RFC 3339 date (2026-05-01) or time (2026-05-01T12:00:00Z), not '"
              + AccountRules.shorten(text)
              + "'.");
    }
    if (!expires.isAfter(now)) {
      throw AccountProblem.badRequest("'expires' must be in the future.");
    }
    if (expires.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(2).toInstant())) {
      throw AccountProblem.badRequest("'expires' must be at most two years ahead.");
    }
    return expires;
  }
}
