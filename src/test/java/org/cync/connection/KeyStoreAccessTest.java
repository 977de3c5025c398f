package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreAccessTest {
  @TempDir Path dir;

  @Test
  void aConfiguredPasswordWinsAndNoFileIsWritten() throws Exception {
    assertArrayEquals(
        "from-config".toCharArray(), KeyStoreAccess.password(Optional.of("from-config"), dir));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void withoutConfigurationAPasswordIsGeneratedOnceIntoAPrivateFile() throws Exception {
    char[] first = KeyStoreAccess.password(Optional.empty(), dir);
    Path file = dir.resolve("keystore-password");
    assertTrue(Files.isRegularFile(file));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    assertEquals(new String(first), Files.readString(file));
    assertTrue(first.length >= 32, "24 random bytes in base64url: " + first.length);

    char[] second = KeyStoreAccess.password(Optional.empty(), dir);
    assertArrayEquals(first, second);
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temp file left behind");
    }
  }

  @Test
  void anEmptyConfiguredPasswordCountsAsNone() throws Exception {
    char[] p = KeyStoreAccess.password(Optional.of(""), dir);
    assertTrue(p.length > 0);
    assertTrue(Files.exists(dir.resolve("keystore-password")));
  }

  @Test
  void twoDataDirectoriesGetDifferentPasswords() {
    Path other = dir.resolve("other");
    assertFalse(Files.exists(other));
    assertNotEquals(
        new String(KeyStoreAccess.password(Optional.empty(), dir)),
        new String(KeyStoreAccess.password(Optional.empty(), other)));
    assertTrue(Files.exists(other.resolve("keystore-password")), "data directory created");
  }

  @Test
  void anExistingFileIsReadAndStripped() throws Exception {
    Files.writeString(dir.resolve("keystore-password"), "written-by-hand\n");
    assertArrayEquals(
        "written-by-hand".toCharArray(), KeyStoreAccess.password(Optional.empty(), dir));
  }
}
