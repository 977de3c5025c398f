package org.cync.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.MemoryUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures /api/diagnostics answers, from given MXBean readings. */
class JvmFiguresTest {
  static final long MB = 1024 * 1024;

  @Test
  void peakIsTheSumOfThePoolPeaksInMegabytes() {
    JvmFigures f =
        JvmFigures.of(
            2_500_000_000L,
            new MemoryUsage(0, 300 * MB, 512 * MB, 1024 * MB),
            List.of(usage(100 * MB), usage(250 * MB + MB / 2), usage(50 * MB)));
    assertEquals(2.5, f.processCpuSeconds());
    assertEquals(300, f.heapUsedMb());
    assertEquals(400, f.heapPeakMb(), "100 + 250.5 + 50, whole megabytes");
    assertEquals(1024, f.heapMaxMb());
    assertEquals(
        List.of("processCpuSeconds", "heapUsedMb", "heapPeakMb", "heapMaxMb"),
        List.copyOf(f.toMap().keySet()));
  }

  @Test
  void unknownCpuAndUndefinedMaxAreMinusOne() {
    JvmFigures f = JvmFigures.of(-1, new MemoryUsage(0, MB, MB, -1), List.of());
    assertEquals(-1, f.processCpuSeconds());
    assertEquals(-1, f.heapMaxMb());
    assertEquals(0, f.heapPeakMb());
  }

  private static MemoryUsage usage(long used) {
    return new MemoryUsage(0, used, used, -1);
  }
}
