package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
