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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes and in memory only, that an account's password was just verified, so
 * a script polling {@code /api} with HTTP Basic does not pay a full PBKDF2 derivation (a deliberate
 * ~0.1 s of CPU) on every request. What is kept per account is an HMAC of its stored hash and the
 * password under a key that exists only in this process, so a changed or reset password is never
 * taken from here; a wrong password always takes the slow path. Only correct passwords are
 * remembered, so the map holds at most one entry per account.
 */
final class RecentLogin {
  static final Duration TTL = Duration.ofMinutes(5);
  private final byte[] key = new byte[32];
  private final Clock clock;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  private record Remembered(byte[] mac, Instant until) {}

  RecentLogin(Clock clock) {
    new SecureRandom().nextBytes(key);
    this.clock = clock;
  }

  boolean knows(String account, String storedHash, char[] password) {
    Remembered r = remembered.get(account);
    return r != null
        && clock.instant().isBefore(r.until())
        && MessageDigest.isEqual(r.mac(), mac(storedHash, password));
  }

  void remember(String account, String storedHash, char[] password) {
    remembered.put(account, new Remembered(mac(storedHash, password), clock.instant().plus(TTL)));
  }

  private byte[] mac(String storedHash, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(String.valueOf(storedHash).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      mac.update(bytes);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
