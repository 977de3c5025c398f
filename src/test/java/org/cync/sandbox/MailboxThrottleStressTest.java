package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.cync.sandbox.throttle.Limits;
import org.cync.sandbox.throttle.MailboxThrottle;
import org.cync.sandbox.throttle.ThrottleDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per (app, mailbox) limiter hammered from many threads: what it admits at once, what it counts
 * per window, and that every slot comes back. Nothing here depends on timing: the threads only race
 * each other, and the clock moves when the test moves it.
 */
class MailboxThrottleStressTest {
  static final int THREADS = 16;
  final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
  final UsersDeltaTest.MutableClock clock = new UsersDeltaTest.MutableClock();
  final Limits limits = new Limits();
  final MailboxThrottle throttle = new MailboxThrottle(limits, clock);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Runs the task on every thread at once (one start gate) and waits for all of them. */
  void hammer(Callable<Void> task) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<Void>> done = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      done.add(
          pool.submit(
              () -> {
                gate.await();
                return task.call();
              }));
    }
    gate.countDown();
    for (Future<Void> f : done) {
      f.get();
    }
  }

  @Test
  void neverAdmitsMoreThanTheConcurrencyPerMailboxAndGivesEverySlotBack() throws Exception {
    limits.mailboxRequestsPerWindow = Integer.MAX_VALUE;
    String[] mailboxes = {"m1", "m2", "m3"};
    AtomicInteger[] inside = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    AtomicInteger[] most = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    LongAdder admitted = new LongAdder();
    LongAdder refused = new LongAdder();
    hammer(
        () -> {
          for (int i = 0; i < 20_000; i++) {
            int m = i % mailboxes.length;
            ThrottleDecision d = throttle.acquire("app", mailboxes[m]);
            if (!d.admitted()) {
              assertEquals("MailboxConcurrency", d.reason());
              refused.increment();
              continue;
            }
            admitted.increment();
            int now = inside[m].incrementAndGet();
            most[m].accumulateAndGet(now, Math::max);
            Thread.yield();
            inside[m].decrementAndGet();
            d.release().run();
          }
          return null;
        });
    for (int m = 0; m < mailboxes.length; m++) {
      assertTrue(most[m].get() <= 4, mailboxes[m] + " had " + most[m].get() + " in flight");
    }
    assertEquals(THREADS * 20_000L, admitted.sum() + refused.sum());
    for (String m : mailboxes) {
      for (int i = 0; i < 4; i++) {
        assertTrue(throttle.acquire("app", m).admitted(), m + ": slot " + i + " was lost");
      }
      assertFalse(throttle.acquire("app", m).admitted(), m + ": more than 4 slots");
    }
  }

  @Test
  void aFullMailboxLeavesOtherMailboxesAndAppsAlone() throws Exception {
    limits.mailboxRequestsPerWindow = Integer.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      assertTrue(throttle.acquire("app", "full").admitted());
    }
    LongAdder fullAdmitted = new LongAdder();
    LongAdder otherAdmitted = new LongAdder();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    hammer(
        () -> {
          for (int i = 0; i < 10_000; i++) {
            if (throttle.acquire("app", "full").admitted()) {
              fullAdmitted.increment();
            }
            ThrottleDecision d =
                throttle.acquire(i % 2 == 0 ? "app" : "other-app", i % 2 == 0 ? "free" : "full");
            if (d.admitted()) {
              otherAdmitted.increment();
              most.accumulateAndGet(inside.incrementAndGet(), Math::max);
              inside.decrementAndGet();
              d.release().run();
            }
          }
          return null;
        });
    assertEquals(0, fullAdmitted.sum(), "the full mailbox stays full");
    assertTrue(otherAdmitted.sum() > 0, "another mailbox or app is served meanwhile");
    assertTrue(most.get() <= 8, "two independent pairs, 4 each: " + most.get());
  }

  @Test
  void theWindowBudgetIsExactUnderContention() throws Exception {
    limits.mailboxRequestsPerWindow = 5_000;
    limits.mailboxConcurrency = Integer.MAX_VALUE;
    for (int w = 0; w < 3; w++) {
      String other = "m-" + w;
      LongAdder admitted = new LongAdder();
      LongAdder otherMailbox = new LongAdder();
      hammer(
          () -> {
            for (int i = 0; i < 1_000; i++) {
              ThrottleDecision d = throttle.acquire("app", "m");
              if (d.admitted()) {
                admitted.increment();
                d.release().run();
              } else {
                assertEquals("MailboxRequestRate", d.reason());
                assertTrue(d.retryAfterSeconds() >= 1 && d.retryAfterSeconds() <= 600);
              }
              if (i % 10 == 0 && throttle.acquire("app", other).admitted()) {
                otherMailbox.increment();
              }
            }
            return null;
          });
      assertEquals(5_000, admitted.sum(), "window " + w);
      assertEquals(THREADS * 100L, otherMailbox.sum(), "another mailbox has its own budget");
      clock.now = clock.now.plusSeconds(600);
    }
  }

  @Test
  void aResetRenewsTheBudgetsButRequestsInFlightKeepTheirSlots() {
    limits.mailboxRequestsPerWindow = 5;
    List<ThrottleDecision> held = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      held.add(throttle.acquire("app", "m"));
    }
    throttle.reset();
    assertEquals("MailboxConcurrency", throttle.acquire("app", "m").reason());
    held.forEach(d -> d.release().run());
    for (int i = 0; i < 5; i++) {
      ThrottleDecision d = throttle.acquire("app", "m");
      assertTrue(d.admitted(), "a fresh window of 5 after the reset: " + i);
      d.release().run();
    }
    assertEquals("MailboxRequestRate", throttle.acquire("app", "m").reason());
  }

  @Test
  void aReleaseFreesItsSlotOnceHoweverOftenItRuns() throws Exception {
    List<ThrottleDecision> held = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      held.add(throttle.acquire("app", "m"));
    }
    ThrottleDecision first = held.get(0);
    hammer(
        () -> {
          first.release().run();
          return null;
        });
    assertTrue(throttle.acquire("app", "m").admitted(), "the released slot");
    assertFalse(throttle.acquire("app", "m").admitted(), "one release is one slot");
  }
}
