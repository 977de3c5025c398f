package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

  @Test
  void defaultsArePort8080AndDataUnderTheWorkingDirectory() {
    LaunchSettings settings = LaunchSettings.resolve(Map.of(), Map.of());
    assertEquals(8080, settings.port());
    assertEquals(Path.of("data").toAbsolutePath(), settings.dataDir());
    assertTrue(settings.serverConfigDir().isEmpty());
  }

  @Test
  void environmentVariablesApplyWhenNoSystemPropertyIsGiven() {
    LaunchSettings settings =
        LaunchSettings.resolve(Map.of(), Map.of("CYNC_PORT", "9090", "CYNC_DATA_DIR", "/srv/cync"));
    assertEquals(9090, settings.port());
    assertEquals(Path.of("/srv/cync"), settings.dataDir());
  }

  @Test
  void systemPropertiesWinOverEnvironmentAndBlankMeansNotGiven() {
    LaunchSettings settings =
        LaunchSettings.resolve(
            Map.of("cync.port", "7070", "cync.data.dir", " "),
            Map.of("CYNC_PORT", "9090", "CYNC_DATA_DIR", "/srv/cync"));
    assertEquals(7070, settings.port());
    assertEquals(Path.of("/srv/cync"), settings.dataDir());
  }

  @Test
  void anInvalidPortIsExplainedWithBothWaysToSetIt() {
    StartupProblem problem =
        assertThrows(
            StartupProblem.class,
            () -> LaunchSettings.resolve(Map.of("cync.port", "80a"), Map.of()));
    assertEquals(
        "Port '80a' is not valid: set cync.port (or CYNC_PORT) to a number from 1 to 65535.",
        problem.getMessage());
    assertThrows(
        StartupProblem.class, () -> LaunchSettings.resolve(Map.of(), Map.of("CYNC_PORT", "70000")));
  }

  @Test
  void bindAndHttpsAreOffByDefaultAndReadFromTheEnvironment() {
    LaunchSettings off = LaunchSettings.resolve(Map.of(), Map.of());
    assertTrue(off.bind().isEmpty());
    assertTrue(off.https().isEmpty());
    LaunchSettings on =
        LaunchSettings.resolve(
            Map.of(),
            Map.of(
                "CYNC_BIND", "127.0.0.1",
                "CYNC_HTTPS_KEYSTORE", "/etc/cync/tls.p12",
                "CYNC_HTTPS_PASSWORD", "secret-pw"));
    assertEquals("127.0.0.1", on.bind().orElseThrow());
    assertEquals(Path.of("/etc/cync/tls.p12"), on.https().orElseThrow().keyStore());
    assertEquals(8443, on.https().orElseThrow().port());
    assertFalse(on.toString().contains("secret-pw"), "the password never shows in a log line");
  }

  @Test
  void httpsSettingsWithoutTheirKeyStoreOrPasswordAreExplained() {
    assertEquals(
        "cync.https.keystore (CYNC_HTTPS_KEYSTORE) is set but cync.https.password"
            + " (CYNC_HTTPS_PASSWORD) is not: set the key store's password.",
        assertThrows(
                StartupProblem.class,
                () -> LaunchSettings.resolve(Map.of("cync.https.keystore", "a.p12"), Map.of()))
            .getMessage());
    assertTrue(
        assertThrows(
                StartupProblem.class,
                () -> LaunchSettings.resolve(Map.of(), Map.of("CYNC_HTTPS_PORT", "9443")))
            .getMessage()
            .startsWith("cync.https.port (CYNC_HTTPS_PORT) is set but cync.https.keystore"));
    assertEquals(
        "Port '0' is not valid: set cync.https.port (or CYNC_HTTPS_PORT) to a number from 1 to"
            + " 65535.",
        assertThrows(
                StartupProblem.class,
                () ->
                    LaunchSettings.resolve(
                        Map.of(
                            "cync.https.keystore", "a.p12",
                            "cync.https.password", "x",
                            "cync.https.port", "0"),
                        Map.of()))
            .getMessage());
  }

  @Test
  void aDataDirectoryWithACharacterTheStoresCannotUseIsRefusedNamingIt() {
    StartupProblem linux =
        assertThrows(
            StartupProblem.class,
            () -> LaunchSettings.resolve(Map.of("cync.data.dir", "/srv/a:b"), Map.of()));
    assertEquals(
        "the data directory /srv/a:b contains ':', which the stores cannot use in a path:"
            + " choose another cync.data.dir (CYNC_DATA_DIR).",
        linux.getMessage());
    assertThrows(StartupProblem.class, () -> LaunchSettings.requireUsableDataDir("/srv/a\\b", '/'));
    assertThrows(StartupProblem.class, () -> LaunchSettings.requireUsableDataDir("/srv/a;b", '/'));
    assertThrows(
        StartupProblem.class,
        () -> LaunchSettings.requireUsableDataDir("C:\\ProgramData\\a;b", '\\'));
    // A drive letter and backslashes are how every Windows path looks; blanks are fine anywhere.
    LaunchSettings.requireUsableDataDir("C:\\ProgramData\\CYNC\\data", '\\');
    assertEquals(
        Path.of("/srv/my cync/data"),
        LaunchSettings.resolve(Map.of("cync.data.dir", "/srv/my cync/data"), Map.of()).dataDir());
  }
}
