package org.cync.sandbox.mailbox;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/**
 * Exchange-looking item IDs ("AAMkA…=") computed from (mailbox, kind, number) rather than stored,
 * so a million contacts carry no ID strings. Decoding tells a malformed ID (400) from a well-formed
 * one that does not exist (404), as Exchange does.
 */
public final class ItemIds {
  public static final byte FOLDER = 1;
  public static final byte CONTACT = 2;
  private static final byte[] HEAD = {0, 3, 36, 0};

  private ItemIds() {}

  public record Decoded(UUID mailbox, byte kind, long number) {}

  public static String encode(UUID mailbox, byte kind, long number) {
    ByteBuffer b = ByteBuffer.allocate(29);
    b.put(HEAD)
        .putLong(mailbox.getMostSignificantBits())
        .putLong(mailbox.getLeastSignificantBits());
    b.put(kind).putLong(number);
    return Base64.getUrlEncoder().encodeToString(b.array());
  }

  /** Decodes an ID, or returns null when it is not one of ours (malformed). */
  public static Decoded decode(String id) {
    try {
      byte[] raw = Base64.getUrlDecoder().decode(id.replace('+', '-').replace('/', '_'));
      if (raw.length != 29 || raw[0] != 0 || raw[1] != 3 || raw[2] != 36) {
        return null;
      }
      ByteBuffer b = ByteBuffer.wrap(raw, 4, 25);
      UUID u = new UUID(b.getLong(), b.getLong());
      return new Decoded(u, b.get(), b.getLong());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A changeKey in Exchange's style (standard Base64), unique per item version. */
  public static String changeKey(UUID mailbox, long number, int version) {
    ByteBuffer b = ByteBuffer.allocate(30);
    b.put(new byte[] {0x11, 0, 0, 0, 0x16, 0, 0, 0});
    b.putLong(mailbox.getMostSignificantBits()).putLong(mailbox.getLeastSignificantBits());
    long v = (number << 16) | (version & 0xffff);
    for (int i = 5; i >= 0; i--) {
      b.put((byte) (v >>> (8 * i)));
    }
    return Base64.getEncoder().encodeToString(b.array());
  }
}
