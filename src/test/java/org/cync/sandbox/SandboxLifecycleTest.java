package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** close() removes what the sandbox created on disk, and only that. */
class SandboxLifecycleTest {
  @Test
  void closeDeletesTheTempFolderItCreatedForTheCaFile() {
    GraphSandbox sandbox = GraphSandbox.builder().users(3).seed(1).start();
    Path folder = sandbox.caFile().getParent();
    assertTrue(Files.exists(sandbox.caFile()));
    sandbox.close();
    assertFalse(Files.exists(folder), folder + " left behind");
  }

  @Test
  void closeKeepsACaFileTheCallerChose(@TempDir Path dir) {
    Path ca = dir.resolve("ca.pem");
    GraphSandbox.builder().users(3).seed(1).caFile(ca).start().close();
    assertTrue(Files.exists(ca));
  }
}
