package org.cync.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final TestClock clock = new TestClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  private void fail(String name, String address, int times) {
    for (int i = 0; i < times; i++) {
      assertTrue(throttle.check(name, address).allowed(), "attempt " + (i + 1) + " allowed");
      throttle.failed(name, address);
    }
  }

  @Test
  void afterFiveFailuresTheWaitGrowsFromOneSecondAndDoublesUpToAMinute() {
    fail("alice", "10.0.0.1", 5);
    SignInThrottle.Verdict v = throttle.check("alice", "10.0.0.9");
    assertFalse(v.allowed(), "the account name is throttled from any address");
    assertEquals(Duration.ofSeconds(1), v.delay());
    assertEquals(1, v.retryAfterSeconds());
    assertFalse(throttle.check("bob", "10.0.0.1").allowed(), "and so is the address, for any name");
    assertTrue(throttle.check("bob", "10.0.0.2").allowed());

    clock.advance(Duration.ofSeconds(1));
    assertTrue(throttle.check("alice", "10.0.0.1").allowed());
    throttle.failed("alice", "10.0.0.1");
    assertEquals(Duration.ofSeconds(2), throttle.check("alice", "x").delay());
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("alice", "10.0.0.1");
    assertEquals(Duration.ofSeconds(4), throttle.check("alice", "x").delay());
  }

  @Test
  void tenFailuresLockTheNameForFifteenMinutesAndAnUnlockLiftsIt() {
    Instant locked = null;
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofSeconds(61));
      assertTrue(throttle.check("Alice", "10.0.0." + i).allowed());
      locked = throttle.failed("Alice", "10.0.0." + i);
      assertEquals(i == 9, locked != null, "locked after failure " + (i + 1));
    }
    assertEquals(clock.now.plus(Duration.ofMinutes(15)), locked);
    SignInThrottle.Verdict v = throttle.check("alice", "192.168.1.1");
    assertNotNull(v.lockedUntil(), "names are compared whatever their case");
    assertEquals(900, v.retryAfterSeconds());
    assertEquals(locked, throttle.lockedUntil("ALICE"));

    throttle.unlock("alice");
    assertTrue(throttle.check("alice", "192.168.1.1").allowed());
    assertNull(throttle.lockedUntil("alice"));
  }

  @Test
  void theLockEndsByItselfAndFailuresOlderThanTheWindowDoNotCount() {
    fail("carol", "a", 4);
    clock.advance(Duration.ofMinutes(16));
    fail("carol", "a", 4);
    assertTrue(throttle.check("carol", "a").allowed(), "four plus four old ones: no wait");
    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofSeconds(61));
      throttle.failed("dave", "b" + i);
    }
    assertNotNull(throttle.lockedUntil("dave"));
    clock.advance(Duration.ofMinutes(15));
    assertTrue(throttle.check("dave", "c").allowed());
  }

  @Test
  void aSuccessResetsTheAccountButNotTheAddress() {
    fail("erin", "10.1.1.1", 5);
    clock.advance(Duration.ofSeconds(1));
    throttle.succeeded("erin");
    assertTrue(throttle.check("erin", "10.1.1.2").allowed());
    throttle.failed("other", "10.1.1.1");
    assertFalse(throttle.check("frank", "10.1.1.1").allowed(), "the address keeps counting");
  }

  @Test
  void theWaitIsCappedAtAMinute() {
    for (int i = 0; i < 16; i++) {
      clock.advance(Duration.ofSeconds(61));
      throttle.failed("n" + i, "10.2.2.2");
    }
    assertEquals(Duration.ofSeconds(60), throttle.check("x", "10.2.2.2").delay());
  }

  @Test
  void aFloodOfRandomNamesTakesBoundedMemory() {
    for (int i = 0; i < SignInThrottle.MAX_ENTRIES * 2; i++) {
      throttle.failed("random-" + i, "10.3." + (i % 250) + "." + (i / 250 % 250));
    }
    assertTrue(throttle.size() <= 2 * SignInThrottle.MAX_ENTRIES, "size " + throttle.size());
  }

  @Test
  void parallelAttemptsAreCountedWhenAdmittedSoOnlyFiveGoAheadAtOnce() throws Exception {
    SignInThrottle throttle = new SignInThrottle(clock);
    java.util.concurrent.atomic.AtomicInteger admitted =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(16);
    java.util.List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      // Nobody settles the attempts yet: as if all 50 were still checking their password.
      all.add(
          pool.submit(
              () -> {
                if (throttle.admit("target", "10.9.9.9").allowed()) {
                  admitted.incrementAndGet();
                }
              }));
    }
    for (java.util.concurrent.Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    assertEquals(SignInThrottle.DELAY_AFTER, admitted.get());
    assertEquals(null, throttle.rejected("target"), "five failures lock nothing yet");
  }

  @Test
  void anAdmittedRightPasswordLeavesNoFailureBehind() {
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < 20; i++) {
      assertTrue(throttle.admit("grace", "10.4.4.4").allowed(), "sign-in " + (i + 1));
      throttle.accepted("grace", "10.4.4.4");
    }
    for (int i = 0; i < SignInThrottle.DELAY_AFTER; i++) {
      assertTrue(throttle.admit("heidi", "10.5.5.5").allowed());
      throttle.rejected("heidi");
    }
    assertFalse(throttle.admit("heidi", "10.5.5.5").allowed(), "the sixth waits");
  }

  @Test
  void theTenthAdmittedFailureLocks() {
    SignInThrottle throttle = new SignInThrottle(clock);
    java.time.Instant locked = null;
    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      clock.advance(Duration.ofSeconds(61));
      assertTrue(throttle.admit("ivan", "10.6.6." + i).allowed(), "attempt " + (i + 1));
      locked = throttle.rejected("ivan");
      assertEquals(i == SignInThrottle.LOCK_AFTER - 1, locked != null, "attempt " + (i + 1));
    }
    assertFalse(throttle.admit("ivan", "10.7.7.7").allowed());
  }
}
