package org.cync.connection.certificate;

import static org.cync.connection.certificate.TestCertificates.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

class CertificateRulesTest {
  private static final KeyPair RSA = TestCertificates.rsa2048();

  private static String onlyProblem(X509Certificate c, boolean hasKey) {
    List<String> problems = CertificateRules.problems(c, hasKey, NOW);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void aGoodCertificateHasNoProblems() {
    assertEquals(List.of(), CertificateRules.problems(TestCertificates.cert(RSA), true, NOW));
    X509Certificate noKeyUsage =
        TestCertificates.cert(RSA, NOW.minus(1, ChronoUnit.DAYS), NOW.plus(1, ChronoUnit.DAYS), 0);
    assertEquals(List.of(), CertificateRules.problems(noKeyUsage, true, NOW));
  }

  @Test
  void expired() {
    X509Certificate c =
        TestCertificates.cert(
            RSA,
            NOW.minus(400, ChronoUnit.DAYS),
            NOW.minus(35, ChronoUnit.DAYS),
            KeyUsage.digitalSignature);
    assertEquals(
        "The certificate expired on 2026-04-27: generate or import a new one and upload it to the"
            + " app registration.",
        onlyProblem(c, true));
  }

  @Test
  void notYetValid() {
    X509Certificate c =
        TestCertificates.cert(
            RSA,
            NOW.plus(2, ChronoUnit.DAYS),
            NOW.plus(400, ChronoUnit.DAYS),
            KeyUsage.digitalSignature);
    String m = onlyProblem(c, true);
    assertTrue(m.startsWith("The certificate is not valid before 2026-06-03T12:00:00Z"), m);
    assertTrue(m.contains("check the date and time of this server"), m);
  }

  @Test
  void rsaKeyOf1024BitsIsTooSmall() {
    X509Certificate c = TestCertificates.cert(TestCertificates.keys("RSA", 1024));
    String m = onlyProblem(c, true);
    assertTrue(m.startsWith("The certificate's RSA key has only 1024 bits"), m);
    assertTrue(m.contains("at least 2048"), m);
  }

  @Test
  void keyUsageWithoutDigitalSignature() {
    X509Certificate c =
        TestCertificates.cert(
            RSA,
            NOW.minus(1, ChronoUnit.DAYS),
            NOW.plus(1, ChronoUnit.DAYS),
            KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);
    String m = onlyProblem(c, true);
    assertTrue(
        m.startsWith(
            "The certificate's Key Usage (keyEncipherment, dataEncipherment) does not include"
                + " Digital Signature"),
        m);
  }

  @Test
  void noPrivateKey() {
    String m = onlyProblem(TestCertificates.cert(RSA), false);
    assertTrue(m.startsWith("The certificate comes without its private key"), m);
  }

  @Test
  void ecKeyIsRefusedBecauseRs256NeedsRsa() {
    X509Certificate c = TestCertificates.cert(TestCertificates.keys("EC", 256));
    String m = onlyProblem(c, true);
    assertTrue(m.startsWith("The certificate's key is EC, but"), m);
    assertTrue(m.contains("RS256 need an RSA key"), m);
  }

  @Test
  void everyProblemIsItsOwnSentence() {
    X509Certificate c =
        TestCertificates.cert(
            TestCertificates.keys("RSA", 1024),
            NOW.minus(400, ChronoUnit.DAYS),
            NOW.minus(1, ChronoUnit.DAYS),
            KeyUsage.keyCertSign);
    List<String> problems = CertificateRules.problems(c, false, NOW);
    assertEquals(4, problems.size(), problems.toString());
    problems.forEach(p -> assertTrue(p.endsWith("."), p));
  }
}
