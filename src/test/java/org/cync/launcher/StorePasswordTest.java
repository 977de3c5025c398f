package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the PostgreSQL password may come from, and where not. */
class StorePasswordTest {
  @TempDir Path dir;

  @Test
  void anOwnerOnlyFileGivesThePasswordWithoutItsLineBreak() throws Exception {
    Path file = secret("pg pass\n", "rw-------");
    assertEquals(
        "pg pass", StorePassword.read(Map.of("cync.store.password.file", "" + file), Map.of()));
    assertEquals("pg pass", StorePassword.fromFile(secret("pg pass\n", "r--------")));
  }

  @Test
  void aFileOthersCanReadIsRefusedNamingTheChmodToRun() throws Exception {
    Path file = secret("pg pass", "rw-r--r--");
    StartupProblem problem = assertThrows(StartupProblem.class, () -> StorePassword.fromFile(file));
    assertTrue(problem.getMessage().contains("chmod 600 " + file), problem.getMessage());
    assertFalse(problem.getMessage().contains("pg pass"));
  }

  @Test
  void aFileInsideAGitWorkingTreeIsRefused() throws Exception {
    Files.createDirectory(dir.resolve(".git"));
    Path file = secret("pg pass", "rw-------");
    assertTrue(
        assertThrows(StartupProblem.class, () -> StorePassword.fromFile(file))
            .getMessage()
            .contains("inside the Git working tree " + dir));
  }

  @Test
  void theEnvironmentGivesIt() {
    assertEquals(
        "from-env", StorePassword.read(Map.of(), Map.of("CYNC_STORE_PASSWORD", "from-env")));
  }

  @Test
  void aSystemPropertyBothSourcesOrNoneAreRefused() throws Exception {
    assertTrue(
        assertThrows(
                StartupProblem.class,
                () -> StorePassword.read(Map.of("cync.store.password", "x"), Map.of()))
            .getMessage()
            .contains("visible to every user"));
    Path file = secret("pg pass", "rw-------");
    assertThrows(
        StartupProblem.class,
        () ->
            StorePassword.read(
                Map.of("cync.store.password.file", "" + file),
                Map.of("CYNC_STORE_PASSWORD", "from-env")));
    assertTrue(
        assertThrows(StartupProblem.class, () -> StorePassword.read(Map.of(), Map.of()))
            .getMessage()
            .contains("no password"));
  }

  @Test
  void aMissingOrEmptyFileIsNamed() throws Exception {
    Path missing = dir.resolve("missing");
    assertTrue(
        assertThrows(StartupProblem.class, () -> StorePassword.fromFile(missing))
            .getMessage()
            .contains(missing.toString()));
    assertThrows(StartupProblem.class, () -> StorePassword.fromFile(secret("\n", "rw-------")));
  }

  private Path secret(String text, String mode) throws Exception {
    Path file = Files.createTempFile(dir, "password", "");
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    return file;
  }
}
