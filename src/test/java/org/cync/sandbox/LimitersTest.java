package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.cync.sandbox.mailbox.ItemIds;
import org.cync.sandbox.throttle.DirectoryBudget;
import org.cync.sandbox.throttle.Limits;
import org.cync.sandbox.throttle.MailboxThrottle;
import org.cync.sandbox.throttle.ThrottleDecision;
import org.junit.jupiter.api.Test;

/** Limiters on an injected clock (no sleeping), and Exchange-style item IDs. */
class LimitersTest {
  @Test
  void mailboxWindowAndConcurrencyPerAppAndMailbox() {
    UsersDeltaTest.MutableClock clock = new UsersDeltaTest.MutableClock();
    Limits limits = new Limits();
    limits.mailboxRequestsPerWindow = 3;
    MailboxThrottle t = new MailboxThrottle(limits, clock);
    for (int i = 0; i < 3; i++) {
      t.acquire("app", "m1").release().run();
    }
    ThrottleDecision refused = t.acquire("app", "m1");
    assertFalse(refused.admitted());
    assertEquals(600, refused.retryAfterSeconds());
    assertTrue(t.acquire("app", "m2").admitted(), "another mailbox");
    assertTrue(t.acquire("other-app", "m1").admitted(), "another app");
    clock.now = clock.now.plusSeconds(600);
    assertTrue(t.acquire("app", "m1").admitted(), "a new window");

    limits.mailboxRequestsPerWindow = 100;
    for (int i = 0; i < 4; i++) {
      assertTrue(t.acquire("app", "m3").admitted());
    }
    ThrottleDecision fifth = t.acquire("app", "m3");
    assertFalse(fifth.admitted());
    assertEquals("MailboxConcurrency", fifth.reason());
  }

  @Test
  void uploadBudgetPerAppAndMailbox() {
    UsersDeltaTest.MutableClock clock = new UsersDeltaTest.MutableClock();
    Limits limits = new Limits();
    MailboxThrottle t = new MailboxThrottle(limits, clock);
    long mb = 1024 * 1024;
    for (int i = 0; i < 37; i++) {
      assertTrue(t.chargeUpload("app", "m", 4 * mb).admitted());
    }
    ThrottleDecision over = t.chargeUpload("app", "m", 4 * mb);
    assertFalse(over.admitted(), "150 MB per 5 minutes");
    assertEquals(300, over.retryAfterSeconds());
    assertTrue(t.chargeUpload("app", "other", 4 * mb).admitted());
    clock.now = clock.now.plusSeconds(300);
    assertTrue(t.chargeUpload("app", "m", 4 * mb).admitted());
  }

  @Test
  void timeScaleShrinksTheWindow() {
    UsersDeltaTest.MutableClock clock = new UsersDeltaTest.MutableClock();
    Limits limits = new Limits();
    limits.mailboxRequestsPerWindow = 1;
    limits.timeScale = 0.001;
    MailboxThrottle t = new MailboxThrottle(limits, clock);
    t.acquire("app", "m").release().run();
    assertFalse(t.acquire("app", "m").admitted());
    clock.now = clock.now.plusMillis(600);
    assertTrue(t.acquire("app", "m").admitted());
  }

  @Test
  void directoryBucketRefillsOverTenSeconds() {
    UsersDeltaTest.MutableClock clock = new UsersDeltaTest.MutableClock();
    Limits limits = new Limits();
    DirectoryBudget b = new DirectoryBudget(limits, clock, 30);
    assertEquals(3500, b.capacity());
    assertEquals(8000, new DirectoryBudget(limits, clock, 600).capacity());
    for (int i = 0; i < 1750; i++) {
      assertTrue(b.charge("app", 2).admitted());
    }
    ThrottleDecision refused = b.charge("app", 2);
    assertFalse(refused.admitted());
    assertTrue(refused.retryAfterSeconds() >= 1);
    clock.now = clock.now.plusSeconds(10);
    assertTrue(b.charge("app", 2).admitted());
  }

  @Test
  void itemIdsRoundTripAndRejectForeignOrMalformed() {
    UUID mailbox = UUID.randomUUID();
    String id = ItemIds.encode(mailbox, ItemIds.CONTACT, 123456789L);
    assertTrue(id.startsWith("AAMkA") && id.endsWith("="), id);
    ItemIds.Decoded d = ItemIds.decode(id);
    assertEquals(mailbox, d.mailbox());
    assertEquals(ItemIds.CONTACT, d.kind());
    assertEquals(123456789L, d.number());
    assertEquals(null, ItemIds.decode("AAMkAGI2THk0AAA="));
    assertEquals(null, ItemIds.decode("not base64 at all!"));
    String k1 = ItemIds.changeKey(mailbox, 5, 1);
    assertEquals(40, k1.length());
    assertFalse(k1.equals(ItemIds.changeKey(mailbox, 5, 2)));
  }
}
