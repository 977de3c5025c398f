package org.cync.login;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes and in memory only, that a password was just verified, so a script
 * polling {@code /api} with HTTP Basic does not pay a full PBKDF2 derivation (a deliberate ~0.1 s
 * of CPU) on every request. What is kept is an HMAC of the password under a key that exists only in
 * this process; a wrong password always takes the slow path.
 */
final class RecentLogin {
  static final Duration TTL = Duration.ofMinutes(5);
  private final byte[] key = new byte[32];
  private final Clock clock;
  private byte[] remembered;
  private Instant until = Instant.MIN;

  RecentLogin(Clock clock) {
    new SecureRandom().nextBytes(key);
    this.clock = clock;
  }

  synchronized boolean knows(char[] password) {
    return remembered != null
        && clock.instant().isBefore(until)
        && MessageDigest.isEqual(remembered, mac(password));
  }

  synchronized void remember(char[] password) {
    remembered = mac(password);
    until = clock.instant().plus(TTL);
  }

  private byte[] mac(char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      mac.update(bytes);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
