package org.cync.contacts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An unambiguous, JVM-independent SHA-256 of a sequence of strings: each value is written with a
 * tag and its UTF-8 length, so null differs from "", and ("ab","c") differs from ("a","bc"). The
 * version prefix lets a future change of encoding change every fingerprint on purpose.
 */
final class Fingerprint {
  private static final String VERSION = "cync-contact-card-v1";
  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    add(VERSION);
  }

  Fingerprint add(String value) {
    if (value == null) {
      digest.update((byte) 0);
      return this;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) 1);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
    return this;
  }

  Fingerprint count(int n) {
    digest.update((byte) 2);
    digest.update(ByteBuffer.allocate(4).putInt(n).array());
    return this;
  }

  Fingerprint addAll(List<String> values) {
    count(values.size());
    values.forEach(this::add);
    return this;
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
