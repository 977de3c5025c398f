package org.cync.trial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.cync.sandbox.GraphSandbox;
import org.cync.store.PrivateFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated tenant's file: written private and whole, read back, set aside when corrupt. */
class TenantFileTest {
  @TempDir Path dir;

  @Test
  void aSavedTenantLoadsBackTheSame() throws Exception {
    TenantFile file = new TenantFile(dir.resolve("simulated-tenant").resolve("tenant.json.gz"));
    try (GraphSandbox s = GraphSandbox.builder().users(20).build()) {
      byte[] snapshot = s.snapshot();
      assertTrue(file.save(snapshot));
      assertArrayEquals(snapshot, file.load().orElseThrow());
      if (PrivateFiles.posix()) {
        assertEquals(
            "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
      }
      try (GraphSandbox back = GraphSandbox.builder().restore(file.load().orElseThrow()).build()) {
        assertEquals(s.tenantId(), back.tenantId());
      }
    }
  }

  @Test
  void aCorruptFileIsSetAsideAndReadsAsNone() throws Exception {
    Path p = dir.resolve("tenant.json.gz");
    Files.write(p, new byte[] {1, 2, 3, 4});
    TenantFile file = new TenantFile(p);
    assertTrue(file.load().isEmpty());
    assertFalse(Files.exists(p));
    assertTrue(Files.exists(dir.resolve("tenant.json.gz.corrupt")));
    assertTrue(file.load().isEmpty(), "no file: nothing to restore");
  }
}
