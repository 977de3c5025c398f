package org.cync.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bound the benchmark compares a run with, and the line it prints. */
class BoundTest {
  @Test
  void theSlowestMailboxSetsTheBound() {
    double bound =
        Bound.seconds(
            Map.of("a", 1_600L, "b", 2_000L),
            Map.of("a", 1_700L, "b", 2_100L),
            200,
            4,
            10_000,
            600_000);
    assertEquals(100.0, bound, 1e-9, "2,000 writes = 500 waves of 200 ms");
  }

  @Test
  void aWaveThatIsNotFullStillTakesTheWholeLatency() {
    assertEquals(
        1.0,
        Bound.seconds(Map.of("a", 18L), Map.of("a", 18L), 200, 4, 10_000, 600_000),
        1e-9,
        "18 writes = 5 waves of 200 ms, not 18 x 200 ms / 4 = 0.9 s");
    assertEquals(0.2, Bound.seconds(Map.of("a", 1L), Map.of(), 200, 4, 10_000, 600_000), 1e-9);
    assertEquals(0, Bound.waves(0, 4));
    assertEquals(1, Bound.waves(4, 4));
    assertEquals(2, Bound.waves(5, 4));
  }

  @Test
  void requestsBeyondOneWindowWaitForTheNextWindows() {
    assertEquals(0, Bound.seconds(Map.of(), Map.of("a", 10_000L), 100, 4, 10_000, 600_000));
    assertEquals(600, Bound.seconds(Map.of(), Map.of("a", 10_001L), 100, 4, 10_000, 600_000));
    assertEquals(
        1_202.5,
        Bound.seconds(Map.of("a", 100L), Map.of("a", 25_000L), 100, 4, 10_000, 600_000),
        1e-9,
        "two extra windows, then the last 100 writes in 25 waves of 100 ms");
    assertEquals(
        1_200.1,
        Bound.seconds(Map.of("a", 12_000L), Map.of("a", 20_001L), 100, 4, 10_000, 600_000),
        1e-9,
        "one write left for the third window");
    assertEquals(
        6_850,
        Bound.seconds(Map.of("a", 120_000L), Map.of("a", 120_000L), 100, 4, 10_000, 600_000),
        1e-9,
        "11 extra windows, then 10,000 writes in 2,500 waves of 100 ms");
    assertEquals(
        7_500,
        Bound.seconds(Map.of("a", 30_000L), Map.of("a", 30_000L), 1_000, 4, 10_000, 600_000),
        1e-9,
        "at 1 s a request, 7,500 waves take longer than 2 windows and the last 10,000 writes");
  }

  @Test
  void noWritesGiveNoBoundAndTheLineSaysSo() {
    ScenarioLine line =
        new ScenarioLine(2, 0, 12.34, 40, 0, 0, 0, 3.21, 310, 120, 55.55, "COMPLETED");
    assertEquals(
        "scenario=2 writes=0 wall_s=12.3 http_calls=40 subrequests=0 subrequests_per_write=n/a"
            + " throttled=0 bound_s=0.0 ratio=0.000 cpu_s=3.2 peak_heap_mb=310 live_heap_mb=120"
            + " cpu_ms_per_write=n/a writes_per_s=0 store_mb=55.6",
        line.format());
    assertEquals(
        "scenario=1 writes=800 wall_s=50.0 http_calls=45 subrequests=820"
            + " subrequests_per_write=1.03 throttled=2 bound_s=40.0 ratio=0.800 cpu_s=n/a"
            + " peak_heap_mb=n/a live_heap_mb=n/a cpu_ms_per_write=n/a writes_per_s=16"
            + " store_mb=n/a status=FAILED",
        new ScenarioLine(1, 800, 50, 45, 820, 2, 40, -1, -1, -1, -1, "FAILED").format());
  }

  @Test
  void cpuTimeIsUserPlusSystemTicks() {
    String stat =
        "4242 (java (cync)) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 80 0 1 1 1";
    assertEquals(300 / ProcessCpu.TICKS_PER_SECOND, ProcessCpu.seconds(stat), 1e-9);
  }
}
