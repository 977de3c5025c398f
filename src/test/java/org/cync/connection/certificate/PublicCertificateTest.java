package org.cync.connection.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicCertificateTest {
  private final X509Certificate cert = TestCertificates.cert(TestCertificates.rsa2048());

  private static X509Certificate parse(byte[] bytes) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(bytes));
  }

  @Test
  void derRoundTrips() throws Exception {
    assertEquals(cert, parse(PublicCertificate.der(cert)));
    assertArrayEquals(cert.getEncoded(), PublicCertificate.der(cert));
  }

  @Test
  void pemHasTheMarkersAnd64CharacterLinesAndRoundTrips() throws Exception {
    String pem = PublicCertificate.pem(cert);
    List<String> lines = pem.lines().toList();
    assertEquals("-----BEGIN CERTIFICATE-----", lines.get(0));
    assertEquals("-----END CERTIFICATE-----", lines.get(lines.size() - 1));
    List<String> body = lines.subList(1, lines.size() - 1);
    body.subList(0, body.size() - 1).forEach(l -> assertEquals(64, l.length(), l));
    assertTrue(body.get(body.size() - 1).length() <= 64);
    assertEquals(cert, parse(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void fileNameIsTheCommonNameAndTheStartOfTheThumbprint() {
    String start = Thumbprint.sha1(cert).substring(0, 8);
    assertEquals("Test-Certificate-" + start + ".cer", PublicCertificate.fileName(cert, "cer"));
    assertEquals("Test-Certificate-" + start + ".pem", PublicCertificate.fileName(cert, ".pem"));
  }
}
