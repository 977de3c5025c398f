package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoppedAtShutdownTest {
  @TempDir Path dir;

  @Test
  void theRunsAShutdownStoppedAreReadBackOnceCleared() throws Exception {
    StoppedAtShutdown marker = new StoppedAtShutdown(dir.resolve("batch/stopped-at-shutdown"));
    assertEquals(Set.of(), marker.read(), "no marker: the last process crashed");
    marker.write(List.of(23L, 44L));
    assertEquals(Set.of(23L, 44L), marker.read());
    marker.clear();
    assertEquals(Set.of(), marker.read());
    marker.clear();
  }

  @Test
  void aDamagedLineIsIgnored() throws Exception {
    Path file = dir.resolve("stopped-at-shutdown");
    Files.writeString(file, "23\n\ngarbage\n 44 \n");
    assertEquals(Set.of(23L, 44L), new StoppedAtShutdown(file).read());
  }
}
