package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledWarTest {
  @TempDir Path temp;

  @Test
  void theWarIsCopiedOwnerOnlyIntoTheGivenFolderUnderTheNamePayaraDeploysAtTheRoot()
      throws IOException {
    Path jar = Files.createDirectories(temp.resolve("jar/MICRO-INF/cync"));
    byte[] war = {'P', 'K', 3, 4, 42};
    Files.write(jar.resolve("ROOT.war"), war);
    Path runtime = Files.createDirectories(temp.resolve("data/runtime"));
    Files.writeString(runtime.resolve("ROOT.war"), "an older start's copy");

    Path copied = BundledWar.copyInto(loaderOf(temp.resolve("jar")), runtime);

    assertEquals(runtime.resolve("ROOT.war"), copied);
    assertArrayEquals(war, Files.readAllBytes(copied));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copied)));
  }

  @Test
  void aJarWithoutTheWarIsRefusedWithWhatToDo() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    StartupProblem problem =
        assertThrows(
            StartupProblem.class, () -> BundledWar.copyInto(loaderOf(empty), temp.resolve("rt")));
    assertTrue(problem.getMessage().contains("MICRO-INF/cync/ROOT.war"), problem.getMessage());
    assertTrue(problem.getMessage().contains("rebuild"), problem.getMessage());
  }

  private static ClassLoader loaderOf(Path dir) throws IOException {
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }
}
