package org.cync.graphbatch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before an attempt: what the server's {@code Retry-After} says (seconds or an
 * HTTP date), else exponential backoff with jitter, capped.
 */
public record Backoff(Duration base, Duration cap, Duration maxRetryAfter) {
  public static final Backoff DEFAULT =
      new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10));

  /** The wait after the {@code attempt}-th failed attempt (1-based). */
  public Duration delay(String retryAfter, int attempt, Clock clock) {
    Duration told = parse(retryAfter, clock);
    if (told != null) {
      return told.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : told;
    }
    long ceiling =
        Math.min(cap.toMillis(), base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20));
    // "Equal jitter": at least half the step, so parallel callers spread out but still back off.
    return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
  }

  static Duration parse(String retryAfter, Clock clock) {
    if (retryAfter == null || retryAfter.isBlank()) {
      return null;
    }
    String v = retryAfter.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v.split(",")[0].trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration d =
            Duration.between(
                clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException neither) {
        return null;
      }
    }
  }
}
