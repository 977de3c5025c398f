package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChecksTest {
  @TempDir Path temp;

  @Test
  void aMissingDataDirectoryIsCreatedOwnerOnly() throws IOException {
    Path dir = temp.resolve("a/b/data");
    StartupChecks.requireWritableDirectory(dir);
    assertTrue(Files.isDirectory(dir));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
  }

  @Test
  void aLoosenedDataDirectoryIsRepairedWithOneWarning() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("data"));
    Path db = Files.writeString(dir.resolve("derby.log"), "x");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    List<LogRecord> logged = new ArrayList<>();
    Logger log = Logger.getLogger(StartupChecks.class.getName());
    Handler h =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            logged.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(h);
    try {
      StartupChecks.requirePrivateDirectory(dir);
      StartupChecks.requirePrivateDirectory(dir);
    } finally {
      log.removeHandler(h);
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
    assertEquals(1, logged.size());
    assertEquals(Level.WARNING, logged.get(0).getLevel());
    assertTrue(logged.get(0).getMessage().contains(": 2 files or directories were readable"));
  }

  @Test
  void aDataDirectoryThatCannotBeCreatedIsExplained() throws IOException {
    Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
    StartupProblem problem =
        assertThrows(
            StartupProblem.class,
            () -> StartupChecks.requireWritableDirectory(file.resolve("data")));
    assertTrue(
        problem
            .getMessage()
            .startsWith("Data directory " + file.resolve("data") + " is not writable"));
    assertTrue(
        problem
            .getMessage()
            .endsWith("or point cync.data.dir / CYNC_DATA_DIR at another directory."));
  }

  @Test
  void aPortInUseIsExplained() throws IOException {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(0));
      int port = busy.getLocalPort();
      StartupProblem problem =
          assertThrows(StartupProblem.class, () -> StartupChecks.requireFreePort(port));
      assertTrue(problem.getMessage().startsWith("Port " + port + " is already in use"));
    }
  }

  @Test
  void aFreePortPasses() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    assertDoesNotThrow(() -> StartupChecks.requireFreePort(port));
  }

  @Test
  void theListenAddressMustBeOnThisMachine() {
    assertEquals("127.0.0.1", StartupChecks.requireLocalAddress("127.0.0.1").getHostAddress());
    assertTrue(StartupChecks.requireLocalAddress("0.0.0.0").isAnyLocalAddress());
    String message =
        assertThrows(StartupProblem.class, () -> StartupChecks.requireLocalAddress("192.0.2.254"))
            .getMessage();
    assertTrue(message.startsWith("Listen address '192.0.2.254' (192.0.2.254) is not on this"));
    assertTrue(message.contains("cync.bind (CYNC_BIND)"), message);
    assertTrue(
        assertThrows(
                StartupProblem.class,
                () -> StartupChecks.requireLocalAddress("no-such-host.invalid"))
            .getMessage()
            .startsWith("Listen address 'no-such-host.invalid' does not resolve: set cync.bind"));
  }

  @Test
  void theHttpsKeyStoreMustOpenAndHoldAKey() throws Exception {
    Path store = TestKeyStore.create(temp.resolve("tls.p12"), "right-pw");
    assertEquals("cync", StartupChecks.requireKeyStore(new HttpsSettings(store, "right-pw", 8443)));

    String wrong =
        assertThrows(
                StartupProblem.class,
                () -> StartupChecks.requireKeyStore(new HttpsSettings(store, "wrong-pw", 8443)))
            .getMessage();
    assertTrue(
        wrong.endsWith(
            "does not open with the password in cync.https.password"
                + " (CYNC_HTTPS_PASSWORD): set the right one."),
        wrong);
    assertFalse(wrong.contains("wrong-pw"));

    Path missing = temp.resolve("missing.p12");
    assertTrue(
        assertThrows(
                StartupProblem.class,
                () -> StartupChecks.requireKeyStore(new HttpsSettings(missing, "x", 8443)))
            .getMessage()
            .endsWith("is not a readable file: fix the path or the file's permissions."));

    Path notAStore = Files.writeString(temp.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----");
    assertTrue(
        assertThrows(
                StartupProblem.class,
                () -> StartupChecks.requireKeyStore(new HttpsSettings(notAStore, "x", 8443)))
            .getMessage()
            .contains("cannot be read as PKCS12"));
  }

  @Test
  void aKeyStoreWithoutAPrivateKeyIsRefused() throws Exception {
    Path store = TestKeyStore.create(temp.resolve("tls.p12"), "pw-123456");
    java.security.KeyStore withKey =
        java.security.KeyStore.getInstance(store.toFile(), "pw-123456".toCharArray());
    java.security.KeyStore certOnly = java.security.KeyStore.getInstance("PKCS12");
    certOnly.load(null, null);
    certOnly.setCertificateEntry("ca", withKey.getCertificate("cync"));
    Path file = temp.resolve("cert-only.p12");
    try (var out = Files.newOutputStream(file)) {
      certOnly.store(out, "pw-123456".toCharArray());
    }
    assertTrue(
        assertThrows(
                StartupProblem.class,
                () -> StartupChecks.requireKeyStore(new HttpsSettings(file, "pw-123456", 8443)))
            .getMessage()
            .endsWith("holds no private key: export the certificate with its key (PKCS12)."));
  }
}
