package org.cync.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Finds an RSA private key in bytes, however it was written: its secret numbers (d, p, q) as raw
 * bytes, hex (both cases), decimal, and base64/base64url of the PKCS#8 encoding and of d at each of
 * the three byte alignments; and any PEM "PRIVATE KEY" block.
 */
public final class KeyLeaks {
  private final List<byte[]> needles = new ArrayList<>();

  public KeyLeaks(List<RSAPrivateCrtKey> keys) {
    for (RSAPrivateCrtKey k : keys) {
      for (BigInteger secret : List.of(k.getPrivateExponent(), k.getPrimeP(), k.getPrimeQ())) {
        byte[] raw = unsigned(secret);
        needles.add(Arrays.copyOfRange(raw, 8, 40));
        String hex = secret.toString(16);
        text(hex.substring(8, 48));
        text(hex.substring(8, 48).toUpperCase(Locale.ROOT));
        text(secret.toString().substring(8, 48));
      }
      for (byte[] bytes : List.of(k.getEncoded(), unsigned(k.getPrivateExponent()))) {
        for (int shift = 0; shift < 3; shift++) {
          byte[] part = Arrays.copyOfRange(bytes, 40 + shift, bytes.length);
          text(Base64.getEncoder().encodeToString(part).substring(4, 44));
          text(Base64.getUrlEncoder().encodeToString(part).substring(4, 44));
        }
      }
    }
    text("PRIVATE KEY");
  }

  private void text(String s) {
    needles.add(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] unsigned(BigInteger n) {
    byte[] b = n.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }

  /** The first needle found in {@code haystack}, or null. */
  public String findIn(byte[] haystack) {
    for (byte[] needle : needles) {
      if (indexOf(haystack, needle) >= 0) {
        return new String(needle, StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
