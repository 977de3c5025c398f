package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cync.connection.MutableClock;
import org.junit.jupiter.api.Test;

class RecentLoginTest {
  @Test
  void onlyTheVerifiedPasswordAndOnlyForAFewMinutes() {
    MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    RecentLogin recent = new RecentLogin(clock);
    assertFalse(recent.knows("secret".toCharArray()), "nothing verified yet");
    recent.remember("secret".toCharArray());
    assertTrue(recent.knows("secret".toCharArray()));
    assertFalse(recent.knows("secreT".toCharArray()), "another password takes the slow path");
    clock.advance(RecentLogin.TTL);
    assertFalse(recent.knows("secret".toCharArray()), "expired");
  }
}
