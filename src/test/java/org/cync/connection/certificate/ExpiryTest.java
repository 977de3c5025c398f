package org.cync.connection.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryTest {
  private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");
  private static final X509Certificate CERT =
      TestCertificates.cert(TestCertificates.rsa2048(), NOT_BEFORE, NOT_AFTER, 0);

  private static Expiry at(Instant now) {
    return Expiry.of(CERT, now);
  }

  @Test
  void okUntil31DaysLeft() {
    Expiry e = at(NOT_AFTER.minus(Duration.ofDays(31)));
    assertEquals(new Expiry(Expiry.State.OK, 31, NOT_AFTER), e);
    assertEquals("valid for 31 more days (until 2027-01-01)", e.describe());
    assertEquals(Expiry.State.OK, at(NOT_BEFORE).state());
  }

  @Test
  void warningFrom30DaysLeft() {
    Expiry e = at(NOT_AFTER.minus(Duration.ofDays(30)));
    assertEquals(new Expiry(Expiry.State.WARNING, 30, NOT_AFTER), e);
    assertEquals("expires in 30 days (2027-01-01): renew it now", e.describe());
    assertEquals(
        "expires in 1 day (2027-01-01): renew it now",
        at(NOT_AFTER.minus(Duration.ofHours(25))).describe());
    assertEquals(
        "expires today (2027-01-01): renew it now",
        at(NOT_AFTER.minus(Duration.ofHours(1))).describe());
    assertEquals(Expiry.State.WARNING, at(NOT_AFTER).state(), "still valid at notAfter");
  }

  @Test
  void expiredOneSecondAfter() {
    Expiry e = at(NOT_AFTER.plusSeconds(1));
    assertEquals(Expiry.State.EXPIRED, e.state());
    assertEquals("expired on 2027-01-01: renew it, sign-in fails until then", e.describe());
    assertEquals(-3, at(NOT_AFTER.plus(Duration.ofDays(3))).daysLeft());
  }

  @Test
  void notYetValidOneSecondBefore() {
    Expiry e = at(NOT_BEFORE.minusSeconds(1));
    assertEquals(Expiry.State.NOT_YET_VALID, e.state());
    assertEquals(
        "not valid yet (valid until 2027-01-01): check the date and time of this server, sign-in"
            + " fails until then",
        e.describe());
  }
}
