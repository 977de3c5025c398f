package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChecksTest {
  @TempDir Path temp;

  @Test
  void aMissingDataDirectoryIsCreated() {
    Path dir = temp.resolve("a/b/data");
    StartupChecks.requireWritableDirectory(dir);
    assertTrue(Files.isDirectory(dir));
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
