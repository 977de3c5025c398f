package org.cync.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An API token's secret: {@code cync_} and 32 random bytes in base64url. Only its SHA-256 is
 * stored. A fast hash is right here, unlike for passwords: the secret has 256 bits of entropy, so
 * nobody can guess it from its hash however fast they can hash, and a fast lookup keeps each API
 * call cheap. Pure.
 */
public final class TokenSecret {
  static final String PREFIX = "cync_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecret() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form: lower-case hex SHA-256 of the secret. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** True when {@code text} has the shape of a secret (so anything else is refused unhashed). */
  static boolean looksLikeOne(String text) {
    return text != null
        && text.length() == PREFIX.length() + 43
        && text.startsWith(PREFIX)
        && text.substring(PREFIX.length()).matches("[A-Za-z0-9_-]{43}");
  }
}
