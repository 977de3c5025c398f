package org.cync.graphbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BackoffTest {
  final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void retryAfterInSecondsOrAsHttpDate() {
    assertEquals(Duration.ofSeconds(3), Backoff.DEFAULT.delay("3", 5, clock));
    assertEquals(
        Duration.ofSeconds(30), Backoff.DEFAULT.delay("Thu, 01 Jan 2026 00:00:30 GMT", 1, clock));
    assertEquals(Duration.ofMinutes(10), Backoff.DEFAULT.delay("86400", 1, clock), "capped");
  }

  @Test
  void withoutRetryAfterExponentialWithJitterAndCapped() {
    for (int attempt = 1; attempt <= 12; attempt++) {
      long step = Math.min(60_000, 1000L << (attempt - 1));
      long ms = Backoff.DEFAULT.delay(null, attempt, clock).toMillis();
      assertTrue(ms >= step / 2 && ms <= step, attempt + ": " + ms);
    }
    assertTrue(Backoff.DEFAULT.delay("soon", 1, clock).toMillis() <= 1000);
  }
}
