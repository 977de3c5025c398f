package org.cync.sandbox.tenant;

import java.util.Random;

/**
 * Tiny stand-in JPEGs: SOI, a JFIF APP0, an SOF0 carrying the size, random payload, EOI. Enough for
 * clients that store or hash photo bytes; not meant to be decoded.
 */
public final class Photos {
  private Photos() {}

  public static byte[] jpeg(Random r, int size) {
    byte[] head = {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xE0,
      0,
      16,
      'J',
      'F',
      'I',
      'F',
      0,
      1,
      1,
      0,
      0,
      1,
      0,
      1,
      0,
      0,
      (byte) 0xFF,
      (byte) 0xC0,
      0,
      11,
      8,
      (byte) (size >> 8),
      (byte) size,
      (byte) (size >> 8),
      (byte) size,
      1,
      1,
      0x11,
      0
    };
    byte[] out = new byte[head.length + 256 + 2];
    System.arraycopy(head, 0, out, 0, head.length);
    for (int i = head.length; i < out.length - 2; i++) {
      out[i] = (byte) r.nextInt(0xFF);
    }
    out[out.length - 2] = (byte) 0xFF;
    out[out.length - 1] = (byte) 0xD9;
    return out;
  }
}
