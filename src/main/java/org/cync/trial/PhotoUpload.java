package org.cync.trial;

/**
 * Checks a photo uploaded on the Directory page: a JPEG or PNG of at most 100 KB (Entra takes up to
 * 4 MB; a phone shows a thumbnail, and the tenant file stays small).
 */
final class PhotoUpload {
  static final int MAX_BYTES = 100 * 1024;

  private PhotoUpload() {}

  /** Null when fine, else the message for the page. */
  static String problem(byte[] photo) {
    if (photo == null || photo.length == 0) {
      return "Photo: choose a JPEG or PNG file first.";
    }
    if (photo.length > MAX_BYTES) {
      return "Photo: at most 100 KB, this one has "
          + (photo.length + 1023) / 1024
          + " KB; please scale it down.";
    }
    boolean jpeg = photo.length > 3 && (photo[0] & 0xFF) == 0xFF && (photo[1] & 0xFF) == 0xD8;
    boolean png =
        photo.length > 8
            && (photo[0] & 0xFF) == 0x89
            && photo[1] == 'P'
            && photo[2] == 'N'
            && photo[3] == 'G';
    return jpeg || png ? null : "Photo: only JPEG or PNG images, please.";
  }
}
