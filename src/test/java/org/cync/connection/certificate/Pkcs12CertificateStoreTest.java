package org.cync.connection.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12CertificateStoreTest {
  private static final char[] PASSWORD = "correct horse".toCharArray();
  private static final String UNKNOWN = "0123456789ABCDEF0123456789ABCDEF01234567";
  @TempDir Path dir;

  private Pkcs12CertificateStore store() {
    return new Pkcs12CertificateStore(dir.resolve("keystore.p12"), PASSWORD);
  }

  private static String generate(CertificateStore store) throws CertificateProblem {
    return new CertificateGenerator(Clock.fixed(TestCertificates.NOW, ZoneOffset.UTC))
        .generateInto(store, NewCertificate.defaults());
  }

  @Test
  void generatedCertificateIsInAFileOnlyTheOwnerCanRead() throws Exception {
    Pkcs12CertificateStore store = store();
    assertTrue(store.list().isEmpty());
    assertFalse(Files.exists(dir.resolve("keystore.p12")), "created only on first install");
    generate(store);
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keystore.p12"))));
    assertEquals(List.of(dir.resolve("keystore.p12")), Files.list(dir).toList(), "no temp files");
    assertTrue(store.describe().contains(dir.resolve("keystore.p12").toString()));
  }

  @Test
  void rewriteRestoresMode600() throws Exception {
    Pkcs12CertificateStore store = store();
    generate(store);
    Path file = dir.resolve("keystore.p12");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    generate(store);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void listsFindsAndSignsWithTheKeyThatMatchesTheCertificate() throws Exception {
    Pkcs12CertificateStore store = store();
    String thumb = generate(store);
    assertTrue(thumb.matches("[0-9A-F]{40}"));
    List<StoredCertificate> all = store.list();
    assertEquals(1, all.size());
    StoredCertificate found = store.find(thumb).orElseThrow();
    assertTrue(found.hasPrivateKey());
    assertEquals(thumb, Thumbprint.sha1(found.certificate()));
    byte[] data = "header.claims".getBytes(StandardCharsets.US_ASCII);
    byte[] signature = store.signSha256WithRsa(thumb, data);
    Signature v = Signature.getInstance("SHA256withRSA");
    v.initVerify(found.certificate().getPublicKey());
    v.update(data);
    assertTrue(v.verify(signature));
  }

  @Test
  void anotherInstanceWithThePasswordSeesTheSameCertificates() throws Exception {
    String thumb = generate(store());
    Pkcs12CertificateStore reopened = store();
    assertTrue(reopened.find(thumb).orElseThrow().hasPrivateKey());
    assertEquals(256, reopened.signSha256WithRsa(thumb, new byte[] {1}).length);
  }

  @Test
  void wrongPasswordSaysWhichSettingToFix() throws Exception {
    generate(store());
    Path file = dir.resolve("keystore.p12");
    Pkcs12CertificateStore wrong = new Pkcs12CertificateStore(file, "nope".toCharArray());
    String m = assertThrows(CertificateProblem.class, wrong::list).getMessage();
    assertEquals(
        "The key store password does not open "
            + file.toAbsolutePath()
            + ": set cync.keystore.password to the password it was created with.",
        m);
  }

  @Test
  void missingPasswordIsAProblemNotACrash() {
    Pkcs12CertificateStore none = new Pkcs12CertificateStore(dir.resolve("k.p12"), null);
    String m = assertThrows(CertificateProblem.class, none::list).getMessage();
    assertTrue(m.contains("cync.keystore.password"), m);
  }

  @Test
  void damagedFileSaysSo() throws Exception {
    Files.write(dir.resolve("keystore.p12"), new byte[] {1, 2, 3});
    String m = assertThrows(CertificateProblem.class, store()::list).getMessage();
    assertTrue(m.contains("cannot be read"), m);
  }

  @Test
  void removeDeletesOnlyThatCertificate() throws Exception {
    Pkcs12CertificateStore store = store();
    String old = generate(store);
    String renewed = generate(store);
    store.remove(old);
    assertTrue(store.find(old).isEmpty());
    assertTrue(store().find(renewed).isPresent());
    String m = assertThrows(CertificateProblem.class, () -> store.remove(old)).getMessage();
    assertTrue(m.contains(old), m);
  }

  @Test
  void unknownThumbprintIsNotFoundAndCannotSign() throws Exception {
    Pkcs12CertificateStore store = store();
    generate(store);
    assertTrue(store.find(UNKNOWN).isEmpty());
    String m =
        assertThrows(CertificateProblem.class, () -> store.signSha256WithRsa(UNKNOWN, new byte[1]))
            .getMessage();
    assertTrue(m.startsWith("Certificate " + UNKNOWN + " not found in " + store.describe()), m);
  }

  @Test
  void twoInstallsKeepBothSoRenewalCanOverlap() throws Exception {
    Pkcs12CertificateStore store = store();
    String first = generate(store);
    String second = generate(store);
    assertFalse(first.equals(second));
    Set<String> thumbs =
        store().list().stream().map(StoredCertificate::thumbprint).collect(Collectors.toSet());
    assertEquals(Set.of(first, second), thumbs);
    assertEquals(256, store.signSha256WithRsa(first, new byte[] {1}).length);
  }

  @Test
  void refusesAKeyThatDoesNotBelongToTheCertificate() {
    KeyPair other = TestCertificates.keys("RSA", 2048);
    X509Certificate cert = TestCertificates.cert(TestCertificates.rsa2048());
    String m =
        assertThrows(CertificateProblem.class, () -> store().install(other.getPrivate(), cert))
            .getMessage();
    assertTrue(m.startsWith("The private key does not belong to certificate"), m);
    assertFalse(Files.exists(dir.resolve("keystore.p12")));
  }
}
