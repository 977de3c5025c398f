package org.cync.connection.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateGeneratorTest {
  private final CertificateGenerator generator =
      new CertificateGenerator(Clock.fixed(TestCertificates.NOW, ZoneOffset.UTC));
  @TempDir Path dir;

  private CertificateStore store() {
    return new Pkcs12CertificateStore(dir.resolve("keystore.p12"), "pw".toCharArray());
  }

  private X509Certificate generate(NewCertificate spec) throws CertificateProblem {
    CertificateStore store = store();
    String thumb = generator.generateInto(store, spec);
    StoredCertificate stored = store.find(thumb).orElseThrow();
    assertTrue(stored.hasPrivateKey());
    return stored.certificate();
  }

  private static int bits(X509Certificate c) {
    return ((RSAPublicKey) c.getPublicKey()).getModulus().bitLength();
  }

  @Test
  void defaultsAreASelfSignedTwoYearSigningCertificate() throws Exception {
    X509Certificate c = generate(NewCertificate.defaults());
    assertEquals("CN=CYNC Contact Sync", c.getSubjectX500Principal().getName());
    assertEquals(c.getSubjectX500Principal(), c.getIssuerX500Principal());
    c.verify(c.getPublicKey());
    assertEquals("SHA256withRSA", c.getSigAlgName());
    assertEquals(2048, bits(c));
    assertEquals(TestCertificates.NOW.minus(Duration.ofMinutes(10)), c.getNotBefore().toInstant());
    assertEquals(
        Duration.ofDays(730),
        Duration.between(c.getNotBefore().toInstant(), c.getNotAfter().toInstant()));
    assertTrue(c.getCriticalExtensionOIDs().contains("2.5.29.15"), "KeyUsage critical");
    assertArrayEquals(
        new boolean[] {true, false, false, false, false, false, false, false, false},
        c.getKeyUsage());
    assertEquals(-1, c.getBasicConstraints(), "not a CA");
    assertEquals(1, c.getSerialNumber().signum());
    assertEquals(128, c.getSerialNumber().bitLength());
    assertTrue(CertificateRules.problems(c, true, TestCertificates.NOW).isEmpty());
  }

  @Test
  void subjectAndKeySizeAreEditable() throws Exception {
    X509Certificate c =
        generate(NewCertificate.defaults().withSubject("CN=Sync,O=Contoso,C=CH").withKeyBits(3072));
    assertEquals("CN=Sync,O=Contoso,C=CH", c.getSubjectX500Principal().getName());
    assertEquals(3072, bits(c));
  }

  @Test
  void offers4096Bits() throws Exception {
    assertEquals(4096, bits(generate(NewCertificate.defaults().withKeyBits(4096))));
  }

  @Test
  void refusesOtherKeySizesBeforeTouchingTheStore() {
    for (int bits : new int[] {1024, 5000}) {
      String m =
          assertThrows(
                  CertificateProblem.class,
                  () ->
                      generator.generateInto(store(), NewCertificate.defaults().withKeyBits(bits)))
              .getMessage();
      assertEquals(
          "A key size of "
              + bits
              + " bits is not offered: choose 2048, 3072 or 4096 bits (Entra needs at least 2048).",
          m);
    }
  }

  @Test
  void badSubjectsAreExplained() {
    for (String bad : new String[] {"CYNC Contact Sync", "CN=", "", "XX=foo"}) {
      String m =
          assertThrows(
                  CertificateProblem.class,
                  () -> generator.generateInto(store(), NewCertificate.defaults().withSubject(bad)),
                  bad)
              .getMessage();
      assertTrue(m.startsWith("The subject"), m);
      assertTrue(m.contains("write it like CN=CYNC Contact Sync"), m);
    }
  }

  @Test
  void refusesAValidityShorterThanADay() {
    NewCertificate spec = new NewCertificate("CN=x", 2048, Duration.ofHours(1));
    String m =
        assertThrows(CertificateProblem.class, () -> generator.generateInto(store(), spec))
            .getMessage();
    assertTrue(m.contains("at least one day"), m);
  }
}
