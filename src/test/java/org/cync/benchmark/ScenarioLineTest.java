package org.cync.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fields scenarios 5 to 7 added: CPU per write, writes a second, the store's size. */
class ScenarioLineTest {
  @Test
  void cpuPerWriteAndWritesPerSecondComeFromTheLinesOwnFigures() {
    String line =
        new ScenarioLine(
                5,
                1_100_000,
                733.3,
                55_000,
                1_100_000,
                0,
                27.5,
                880,
                500,
                300,
                1234.56,
                "COMPLETED")
            .format();
    assertTrue(
        line.endsWith(
            " cpu_s=880.0 peak_heap_mb=500 live_heap_mb=300 cpu_ms_per_write=0.800"
                + " writes_per_s=1500 store_mb=1234.6"),
        line);
  }

  @Test
  void aRunWithoutWritesOrTimeHasNoRates() {
    assertTrue(
        new ScenarioLine(6, 0, 1.5, 2, 0, 0, 0, 1.2, 300, 200, 0, "COMPLETED")
            .format()
            .endsWith(" cpu_ms_per_write=n/a writes_per_s=0 store_mb=0.0"));
    assertTrue(
        new ScenarioLine(6, 10, 0, 2, 0, 0, 0, -1, 300, 200, 0, "COMPLETED")
            .format()
            .endsWith(
                " cpu_s=n/a peak_heap_mb=300 live_heap_mb=200 cpu_ms_per_write=n/a"
                    + " writes_per_s=n/a store_mb=0.0"));
  }

  @Test
  void theStatusStaysLast() {
    String line =
        new ScenarioLine(7, 12_000, 25, 700, 12_000, 3, 0.3, 20, 400, 250, 900, "STOPPED").format();
    assertEquals(
        "cpu_ms_per_write=1.667 writes_per_s=480 store_mb=900.0 status=STOPPED",
        line.substring(line.indexOf("cpu_ms_per_write")));
  }
}
