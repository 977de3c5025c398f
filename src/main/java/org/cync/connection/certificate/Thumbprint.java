package org.cync.connection.certificate;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Certificate thumbprints as admins see them (SHA-1, 40 upper-case hex digits, like the Entra
 * portal and certlm.msc) and as JWT headers carry them ({@code x5t}, {@code x5t#S256}). Pasted
 * thumbprints are forgiven the spaces, colons and invisible marks that copying from Windows adds.
 */
public final class Thumbprint {
  private static final String WHERE =
      "copy it from the Entra portal (App registrations > your app > Certificates & secrets,"
          + " column Thumbprint) or from certlm.msc (the certificate > Details > Thumbprint)";

  private Thumbprint() {}

  /** 40 upper-case hex digits, or a problem saying what is wrong with the input. */
  public static String normalize(String input) throws CertificateProblem {
    String s = input == null ? "" : input.replaceAll("[\\s:\\u00A0\\u200E\\u200F\\uFEFF]", "");
    if (s.isEmpty()) {
      throw new CertificateProblem("No thumbprint was entered: " + WHERE + ".");
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.digit(ch, 16) < 0) {
        throw new CertificateProblem(
            "The thumbprint contains "
                + shown(ch)
                + " at position "
                + (i + 1)
                + ", but a thumbprint has only the hexadecimal digits 0-9 and A-F: "
                + WHERE
                + ".");
      }
    }
    if (s.length() != 40) {
      String sha256 =
          s.length() == 64 ? " (64 digits is a SHA-256 thumbprint; CYNC needs the SHA-1 one)" : "";
      throw new CertificateProblem(
          "A certificate thumbprint has 40 hexadecimal digits, but this one has "
              + s.length()
              + sha256
              + ": "
              + WHERE
              + ".");
    }
    return s.toUpperCase(java.util.Locale.ROOT);
  }

  /** The SHA-1 thumbprint, upper-case hex, as the Entra portal shows it. */
  public static String sha1(X509Certificate c) {
    return HexFormat.of().withUpperCase().formatHex(digest(c, "SHA-1"));
  }

  /** The JWT header {@code x5t}: base64url (no padding) of the SHA-1 of the DER certificate. */
  public static String x5t(X509Certificate c) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest(c, "SHA-1"));
  }

  /** The JWT header {@code x5t#S256}: base64url (no padding) of the SHA-256 of the DER. */
  public static String x5tS256(X509Certificate c) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest(c, "SHA-256"));
  }

  private static byte[] digest(X509Certificate c, String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm).digest(c.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot hash certificate with " + algorithm, e);
    }
  }

  private static String shown(char ch) {
    return ch >= 0x21 && ch < 0x7F
        ? "'" + ch + "'"
        : String.format("the character U+%04X", (int) ch);
  }
}
