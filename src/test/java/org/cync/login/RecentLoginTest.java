package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cync.connection.MutableClock;
import org.junit.jupiter.api.Test;

class RecentLoginTest {
  @Test
  void onlyTheVerifiedPasswordOfThatAccountAndHashAndOnlyForAFewMinutes() {
    MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    RecentLogin recent = new RecentLogin(clock);
    assertFalse(recent.knows("jane", "h1", "secret".toCharArray()), "nothing verified yet");
    recent.remember("jane", "h1", "secret".toCharArray());
    assertTrue(recent.knows("jane", "h1", "secret".toCharArray()));
    assertFalse(recent.knows("jane", "h1", "secreT".toCharArray()), "another password: slow path");
    assertFalse(recent.knows("john", "h1", "secret".toCharArray()), "another account");
    assertFalse(recent.knows("jane", "h2", "secret".toCharArray()), "the password was reset");
    clock.advance(RecentLogin.TTL);
    assertFalse(recent.knows("jane", "h1", "secret".toCharArray()), "expired");
  }
}
