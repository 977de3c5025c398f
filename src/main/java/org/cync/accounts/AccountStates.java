package org.cync.accounts;

import java.time.Instant;

/** What the lists show of an account's lock: the later of the stored and the in-memory lock. */
final class AccountStates {
  private AccountStates() {}

  static Instant lockedUntil(Account a, SignInThrottle throttle) {
    Instant stored = a.getLockedUntil();
    Instant now = Instant.now();
    Instant memory = throttle.lockedUntil(a.getName());
    Instant later =
        stored == null ? memory : memory == null || stored.isAfter(memory) ? stored : memory;
    return later == null || !later.isAfter(now) ? null : later;
  }
}
