package org.cync.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.MemoryUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures /api/diagnostics answers, from given readings. */
class JvmFiguresTest {
  static final long MB = 1024 * 1024;

  @Test
  void figuresInWholeMegabytesInTheOrderTheApiAnswers() {
    JvmFigures f =
        JvmFigures.of(
            2_500_000_000L,
            new MemoryUsage(0, 300 * MB, 512 * MB, 1024 * MB),
            400 * MB + MB / 2,
            90 * MB);
    assertEquals(2.5, f.processCpuSeconds());
    assertEquals(300, f.heapUsedMb());
    assertEquals(400, f.heapPeakMb());
    assertEquals(90, f.heapLiveMaxMb());
    assertEquals(1024, f.heapMaxMb());
    assertEquals(
        List.of("processCpuSeconds", "heapUsedMb", "heapPeakMb", "heapLiveMaxMb", "heapMaxMb"),
        List.copyOf(f.toMap().keySet()));
  }

  @Test
  void unknownCpuAndUndefinedMaxAreMinusOne() {
    JvmFigures f = JvmFigures.of(-1, new MemoryUsage(0, MB, MB, -1), 0, 0);
    assertEquals(-1, f.processCpuSeconds());
    assertEquals(-1, f.heapMaxMb());
  }

  @Test
  void thePeakIsTheLargestHeapAtOneMomentNotTheSumOfPoolPeaks() {
    HeapHighWater w = new HeapHighWater();
    w.reset(50);
    w.collected(300, 80);
    w.collected(250, 120);
    assertEquals(300, w.peak(100), "the fullest heap, just before the first collection");
    assertEquals(320, w.peak(320), "or the heap now, when it is fuller still");
    assertEquals(120, w.live(), "the most that survived a collection");
    w.reset(60);
    assertEquals(60, w.peak(10));
    assertEquals(0, w.live());
  }
}
