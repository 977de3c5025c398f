package org.cync.connection.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Only what runs off Windows: the machine store is not pretended to exist here. */
class WindowsCertificateStoreTest {

  @Test
  void offWindowsEveryOperationSaysToUseThePkcs12Store() {
    assumeFalse(WindowsCertificateStore.available());
    WindowsCertificateStore store = new WindowsCertificateStore();
    assertEquals("Windows machine store LocalMachine\\My", store.describe());
    String m = assertThrows(CertificateProblem.class, store::list).getMessage();
    assertTrue(m.startsWith("The Windows machine store exists only on Windows"), m);
    assertTrue(m.contains("PKCS12"), m);
    assertThrows(
        CertificateProblem.class,
        () -> store.signSha256WithRsa("0123456789ABCDEF0123456789ABCDEF01234567", new byte[1]));
  }

  @Test
  void thisMachineGetsThePkcs12FileInTheDataDirectory() {
    assumeFalse(WindowsCertificateStore.available());
    CertificateStore store =
        CertificateStores.forThisMachine(Path.of("/var/lib/cync"), "pw".toCharArray());
    assertInstanceOf(Pkcs12CertificateStore.class, store);
    assertEquals("PKCS12 file /var/lib/cync/keystore.p12", store.describe());
    assertFalse(WindowsCertificateStore.available());
  }
}
