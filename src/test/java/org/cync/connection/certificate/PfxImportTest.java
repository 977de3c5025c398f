package org.cync.connection.certificate;

import static org.cync.connection.certificate.TestCertificates.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PfxImportTest {
  private static final char[] PFX_PASSWORD = "export-pw".toCharArray();
  private static final KeyPair KEYS = TestCertificates.rsa2048();
  @TempDir Path dir;

  private CertificateStore store() {
    return new Pkcs12CertificateStore(dir.resolve("keystore.p12"), "store-pw".toCharArray());
  }

  private static X509Certificate expired() {
    return TestCertificates.cert(
        KEYS, NOW.minus(400, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS), 0);
  }

  @Test
  void importsTheKeyEntryAndCanSignWithIt() throws Exception {
    X509Certificate cert = TestCertificates.cert(KEYS);
    CertificateStore store = store();
    String thumb =
        PfxImport.importInto(
            store, TestCertificates.pfx(PFX_PASSWORD, KEYS, cert), PFX_PASSWORD, NOW);
    assertEquals(Thumbprint.sha1(cert), thumb);
    assertTrue(store.find(thumb).orElseThrow().hasPrivateKey());
    assertEquals(256, store.signSha256WithRsa(thumb, new byte[] {1}).length);
  }

  @Test
  void wrongPassword() {
    byte[] pfx = TestCertificates.pfx(PFX_PASSWORD, KEYS, TestCertificates.cert(KEYS));
    String m =
        assertThrows(
                CertificateProblem.class,
                () -> PfxImport.importInto(store(), pfx, "guess".toCharArray(), NOW))
            .getMessage();
    assertTrue(m.startsWith("The PFX password is wrong (or the file is damaged): "), m);
  }

  @Test
  void damagedOrEmptyFile() {
    String m =
        assertThrows(
                CertificateProblem.class,
                () -> PfxImport.importInto(store(), new byte[] {48, 3, 1}, PFX_PASSWORD, NOW))
            .getMessage();
    assertTrue(m.startsWith("The PFX password is wrong (or the file is damaged): "), m);
    String empty =
        assertThrows(
                CertificateProblem.class,
                () -> PfxImport.importInto(store(), new byte[0], PFX_PASSWORD, NOW))
            .getMessage();
    assertTrue(empty.startsWith("The PFX file is empty"), empty);
  }

  @Test
  void certificateWithoutKey() throws Exception {
    X509Certificate cert = TestCertificates.cert(KEYS);
    byte[] pfx = TestCertificates.pfxWithoutKey(PFX_PASSWORD, cert);
    CertificateStore store = store();
    String m =
        assertThrows(
                CertificateProblem.class, () -> PfxImport.importInto(store, pfx, PFX_PASSWORD, NOW))
            .getMessage();
    assertTrue(m.startsWith("The PFX contains no private key"), m);
    assertTrue(m.contains(Thumbprint.sha1(cert)), m);
    assertTrue(m.contains("Yes, export the private key"), m);
    assertTrue(store.list().isEmpty());
  }

  @Test
  void expiredCertificateIsRejectedAndNothingInstalled() throws Exception {
    byte[] pfx = TestCertificates.pfx(PFX_PASSWORD, KEYS, expired());
    CertificateStore store = store();
    String m =
        assertThrows(
                CertificateProblem.class, () -> PfxImport.importInto(store, pfx, PFX_PASSWORD, NOW))
            .getMessage();
    assertTrue(
        m.startsWith("The certificate in the PFX cannot be used: The certificate expired"), m);
    assertTrue(store.list().isEmpty());
  }

  @Test
  void ofSeveralKeysTakesTheOneThatIsUsable() throws Exception {
    X509Certificate good = TestCertificates.cert(KEYS);
    X509Certificate noSigning =
        TestCertificates.cert(
            KEYS,
            NOW.minus(1, ChronoUnit.DAYS),
            NOW.plus(9, ChronoUnit.DAYS),
            KeyUsage.keyEncipherment);
    byte[] pfx = TestCertificates.pfx(PFX_PASSWORD, KEYS, expired(), good, noSigning);
    CertificateStore store = store();
    assertEquals(Thumbprint.sha1(good), PfxImport.importInto(store, pfx, PFX_PASSWORD, NOW));
    assertEquals(1, store.list().size());
  }

  @Test
  void ofSeveralUsableKeysNamesTheEntries() throws Exception {
    X509Certificate a = TestCertificates.cert(KEYS);
    X509Certificate b =
        TestCertificates.cert(
            KEYS, NOW.minus(2, ChronoUnit.DAYS), NOW.plus(99, ChronoUnit.DAYS), 0);
    byte[] pfx = TestCertificates.pfx(PFX_PASSWORD, KEYS, a, b);
    CertificateStore store = store();
    String m =
        assertThrows(
                CertificateProblem.class, () -> PfxImport.importInto(store, pfx, PFX_PASSWORD, NOW))
            .getMessage();
    assertTrue(m.startsWith("The PFX holds 2 keys and 2 of them can be used"), m);
    assertTrue(m.contains("\"entry0\" (" + Thumbprint.sha1(a) + ")"), m);
    assertTrue(m.contains("\"entry1\" (" + Thumbprint.sha1(b) + ")"), m);
    assertTrue(store.list().isEmpty());
  }
}
