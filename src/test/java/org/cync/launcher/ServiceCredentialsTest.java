package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords from systemd's credentials directory, and what wins over them. */
class ServiceCredentialsTest {
  @TempDir Path credentials;

  @Test
  void aFileNamedAfterTheSettingGivesItsPasswordWithoutTheFinalLineBreak() throws Exception {
    Files.writeString(credentials.resolve("cync.keystore.password"), "s3cret pass\n");
    Files.writeString(credentials.resolve("cync.admin.password"), "admin-pass-12\r\n");
    Files.writeString(credentials.resolve("cync.https.password"), "");
    Files.writeString(credentials.resolve("unrelated"), "x");
    assertEquals(
        Map.of("cync.keystore.password", "s3cret pass", "cync.admin.password", "admin-pass-12"),
        ServiceCredentials.read(Map.of(), Map.of("CREDENTIALS_DIRECTORY", credentials.toString())));
  }

  @Test
  void aSystemPropertyOrEnvironmentVariableWins() throws Exception {
    Files.writeString(credentials.resolve("cync.keystore.password"), "from-file");
    Files.writeString(credentials.resolve("cync.https.password"), "from-file");
    Map<String, String> found =
        ServiceCredentials.read(
            Map.of("cync.keystore.password", "from-property"),
            Map.of(
                "CREDENTIALS_DIRECTORY",
                credentials.toString(),
                "CYNC_HTTPS_PASSWORD",
                "from-env"));
    assertTrue(found.isEmpty(), found.keySet().toString());
  }

  @Test
  void withoutSystemdNothingIsRead() {
    assertTrue(ServiceCredentials.read(Map.of(), Map.of()).isEmpty());
    assertTrue(
        ServiceCredentials.read(Map.of(), Map.of("CREDENTIALS_DIRECTORY", "/nonexistent/x"))
            .isEmpty());
  }

  @Test
  void anOversizedFileStopsTheStartNamingTheFileNotItsContent() throws Exception {
    Path file = credentials.resolve("cync.admin.password");
    Files.writeString(file, "p".repeat(ServiceCredentials.MAX_BYTES + 1));
    StartupProblem problem =
        assertThrows(
            StartupProblem.class,
            () ->
                ServiceCredentials.read(
                    Map.of(), Map.of("CREDENTIALS_DIRECTORY", credentials.toString())));
    assertTrue(problem.getMessage().contains(file.toString()), problem.getMessage());
    assertFalse(problem.getMessage().contains("ppp"), problem.getMessage());
  }
}
