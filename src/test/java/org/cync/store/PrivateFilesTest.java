package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
  @TempDir Path dir;

  @BeforeAll
  static void onPosix() {
    assumeTrue(PrivateFiles.posix(), "POSIX permissions only");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void loosenedFilesAndDirectoriesAreTightenedAndCounted() throws IOException {
    Path data = Files.createDirectory(dir.resolve("data"));
    Path batch = Files.createDirectory(data.resolve("batch"));
    Path jobs = Files.writeString(batch.resolve("jobs.mv.db"), "h2");
    Path key = Files.writeString(data.resolve("keystore.p12"), "p12");
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(batch, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(jobs, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

    assertEquals(3, PrivateFiles.tighten(data));
    assertEquals("rwx------", mode(data));
    assertEquals("rwx------", mode(batch));
    assertEquals("rw-------", mode(jobs));
    assertEquals("rw-------", mode(key));
    assertEquals(0, PrivateFiles.tighten(data));
  }

  @Test
  void aLinkIsNotFollowed() throws IOException {
    Path outside = Files.writeString(dir.resolve("outside.txt"), "x");
    Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(data.resolve("link"), outside);
    assertEquals(0, PrivateFiles.tighten(data));
    assertEquals("rw-r--r--", mode(outside));
  }
}
