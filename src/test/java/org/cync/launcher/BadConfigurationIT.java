package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cync.testing.CyncServer;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/cync.jar} with a bad configuration must stop with exit code 1 and one
 * line that says what is wrong and how to fix it, not a stack trace.
 */
class BadConfigurationIT {

  private static void assertOneClearLine(CyncServer.Result result, String expectedStart) {
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(
        result.lastLine().startsWith("CYNC did not start: " + expectedStart),
        "last line was: " + result.lastLine());
  }

  @Test
  void aPortInUseStopsTheStart() throws IOException {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(0));
      Path data = CyncServer.freshDataDir("port-in-use");
      CyncServer.Result result =
          CyncServer.runExpectingExit(data, Map.of(), "-Dcync.port=" + busy.getLocalPort());
      assertOneClearLine(
          result, "Port " + busy.getLocalPort() + " is already in use by another program");
      assertFalse(result.output().contains("\tat "), "no stack trace: " + result.output());
    }
  }

  @Test
  void anUnwritableDataDirectoryStopsTheStart() throws IOException {
    Path data = CyncServer.freshDataDir("unwritable");
    Files.createDirectories(data.getParent());
    Path file = Files.writeString(data.getParent().resolve("a-file"), "not a directory");
    CyncServer.Result result =
        CyncServer.runExpectingExit(
            data, Map.of("CYNC_DATA_DIR", "ignored"), "-Dcync.data.dir=" + file.resolve("data"));
    assertOneClearLine(result, "Data directory " + file.resolve("data") + " is not writable");
    assertFalse(result.output().contains("\tat "), "no stack trace: " + result.output());
  }

  @Test
  void anInvalidPortFromTheEnvironmentStopsTheStart() {
    Path data = CyncServer.freshDataDir("bad-port");
    CyncServer.Result result =
        CyncServer.runExpectingExit(data, Map.of("CYNC_PORT", "eighty"), "-Dcync.port=");
    assertOneClearLine(result, "Port 'eighty' is not valid: set cync.port (or CYNC_PORT)");
  }

  @Test
  void aFailingBootCommandStopsTheStartAndNamesTheLine() throws IOException {
    Path data = CyncServer.freshDataDir("broken-boot-command");
    Path config = Files.createDirectories(data.getParent().resolve("server-config"));
    String shipped = Files.readString(Path.of("server-config", CyncLauncher.BOOT_FILE));
    Files.writeString(
        config.resolve(CyncLauncher.BOOT_FILE),
        shipped + "create-jdbc-resource --connectionpoolid=no-such-pool jdbc/broken\n");
    int brokenLine = (int) shipped.lines().count() + 1;

    CyncServer.Result result =
        CyncServer.runExpectingExit(data, Map.of("CYNC_SERVER_CONFIG", config.toString()));
    assertOneClearLine(
        result,
        "boot command at "
            + config.resolve(CyncLauncher.BOOT_FILE)
            + " line "
            + brokenLine
            + " failed: create-jdbc-resource --connectionpoolid=no-such-pool jdbc/broken");
    assertFalse(result.output().contains("CYNC is running"));
  }
}
