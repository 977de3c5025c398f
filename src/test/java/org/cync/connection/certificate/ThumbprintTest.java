package org.cync.connection.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ThumbprintTest {
  private static final String THUMB = "0123456789ABCDEF0123456789ABCDEF01234567";

  @Test
  void toleratesWhatCopyingFromWindowsAndThePortalAdds() throws Exception {
    assertEquals(THUMB, Thumbprint.normalize(THUMB));
    assertEquals(THUMB, Thumbprint.normalize(THUMB.toLowerCase()));
    assertEquals(THUMB, Thumbprint.normalize("\u200e" + THUMB.toLowerCase()));
    assertEquals(THUMB, Thumbprint.normalize("\uFEFF" + THUMB + "\u200F"));
    assertEquals(
        THUMB,
        Thumbprint.normalize(" 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 "));
    assertEquals(
        THUMB, Thumbprint.normalize("01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67"));
  }

  @Test
  void saysHowManyDigitsItFoundAndWhereToCopyTheThumbprintFrom() {
    String short39 =
        assertThrows(CertificateProblem.class, () -> Thumbprint.normalize(THUMB.substring(1)))
            .getMessage();
    assertTrue(short39.contains("40 hexadecimal digits, but this one has 39"), short39);
    assertTrue(short39.contains("Certificates & secrets"), short39);
    assertTrue(short39.contains("certlm.msc"), short39);
    String long41 =
        assertThrows(CertificateProblem.class, () -> Thumbprint.normalize(THUMB + "8"))
            .getMessage();
    assertTrue(long41.contains("this one has 41"), long41);
    String sha256 =
        assertThrows(CertificateProblem.class, () -> Thumbprint.normalize("AB".repeat(32)))
            .getMessage();
    assertTrue(sha256.contains("SHA-256"), sha256);
  }

  @Test
  void namesTheCharacterThatIsNotHex() {
    String g =
        assertThrows(CertificateProblem.class, () -> Thumbprint.normalize("G" + THUMB.substring(1)))
            .getMessage();
    assertTrue(g.contains("'G' at position 1"), g);
    String invisible =
        assertThrows(CertificateProblem.class, () -> Thumbprint.normalize(THUMB + "\u202A"))
            .getMessage();
    assertTrue(invisible.contains("U+202A at position 41"), invisible);
  }

  @Test
  void emptyInputAsksForTheThumbprint() {
    for (String empty : new String[] {null, "", "  \u200e "}) {
      String m =
          assertThrows(CertificateProblem.class, () -> Thumbprint.normalize(empty)).getMessage();
      assertTrue(m.startsWith("No thumbprint was entered"), m);
    }
  }

  @Test
  void hashesAreThoseOfTheDerCertificate() throws Exception {
    X509Certificate c = TestCertificates.cert(TestCertificates.rsa2048());
    byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(c.getEncoded());
    byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
    assertEquals(HexFormat.of().withUpperCase().formatHex(sha1), Thumbprint.sha1(c));
    assertTrue(Thumbprint.sha1(c).matches("[0-9A-F]{40}"));
    assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(sha1), Thumbprint.x5t(c));
    assertEquals(27, Thumbprint.x5t(c).length());
    assertEquals(
        Base64.getUrlEncoder().withoutPadding().encodeToString(sha256), Thumbprint.x5tS256(c));
    assertEquals(43, Thumbprint.x5tS256(c).length());
    assertEquals(Thumbprint.sha1(c), Thumbprint.normalize(Thumbprint.sha1(c).toLowerCase()));
  }
}
