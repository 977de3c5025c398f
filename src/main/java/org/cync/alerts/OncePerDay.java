package org.cync.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * The flood guard: an event key's mail goes at most once in 24 hours. Run events carry the run in
 * their key (one mail per run); a lasting condition (a certificate about to expire, a mailbox that
 * keeps failing) has a key of its own and is repeated at most daily.
 */
final class OncePerDay {
  static final Duration PERIOD = Duration.ofHours(24);

  private OncePerDay() {}

  static boolean due(Instant lastSent, Instant now) {
    return lastSent == null || !now.isBefore(lastSent.plus(PERIOD));
  }
}
