package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
