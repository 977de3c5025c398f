package org.cync.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenSecretTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void aSecretIsCyncAnd32RandomBytesAndOnlyItsSha256IsKept() {
    String secret = TokenSecret.generate();
    assertTrue(secret.matches("cync_[A-Za-z0-9_-]{43}"), secret);
    assertTrue(TokenSecret.looksLikeOne(secret));
    assertNotEquals(secret, TokenSecret.generate());
    String hash = TokenSecret.hash(secret);
    assertEquals(64, hash.length());
    assertFalse(hash.contains(secret.substring(5)));
    assertEquals(hash, TokenSecret.hash(secret));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenSecret.hash("abc"));
    assertFalse(TokenSecret.looksLikeOne("cync_short"));
    assertFalse(TokenSecret.looksLikeOne(null));
    assertFalse(TokenSecret.looksLikeOne("xync_" + secret.substring(5)));
  }

  @Test
  void aTokenIsValidUntilItExpiresOrIsRevoked() {
    ApiToken t = new ApiToken("h", "jane", "script", NOW, NOW.plus(Duration.ofDays(1)));
    assertTrue(t.isValidAt(NOW));
    assertFalse(t.isValidAt(NOW.plus(Duration.ofDays(1))));
    t.revoke();
    assertFalse(t.isValidAt(NOW));
  }

  @Test
  void expiryDefaultsToNinetyDaysAndIsAtMostTwoYearsAhead() {
    assertEquals(NOW.plus(Duration.ofDays(90)), TokenExpiry.parse(null, NOW));
    assertEquals(NOW.plus(Duration.ofDays(90)), TokenExpiry.parse(" ", NOW));
    assertEquals(Instant.parse("2026-05-02T00:00:00Z"), TokenExpiry.parse("2026-05-01", NOW));
    assertEquals(
        Instant.parse("2026-05-01T10:00:00Z"), TokenExpiry.parse("2026-05-01T12:00:00+02:00", NOW));
    assertEquals(
        Instant.parse("2028-03-01T10:00:00Z"), TokenExpiry.parse("2028-03-01T10:00:00Z", NOW));
    for (String bad :
        new String[] {"tomorrow", "2026-02-28", "2028-03-01T10:00:01Z", "2026-13-01"}) {
      AccountProblem p = assertThrows(AccountProblem.class, () -> TokenExpiry.parse(bad, NOW));
      assertTrue(p.getMessage().startsWith("'expires'"), bad + ": " + p.getMessage());
    }
  }
}
