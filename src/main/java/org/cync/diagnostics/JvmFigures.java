package org.cync.diagnostics;

import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process's CPU and heap figures at one moment.
 *
 * @param processCpuSeconds CPU time of the whole process (all threads), -1 when the JVM cannot say
 * @param heapPeakMb the most heap in use at one moment since the last reset ({@link HeapHighWater})
 * @param heapLiveMaxMb the most heap still in use after a collection since the last reset
 */
public record JvmFigures(
    double processCpuSeconds,
    long heapUsedMb,
    long heapPeakMb,
    long heapLiveMaxMb,
    long heapMaxMb) {
  private static final long MB = 1024 * 1024;

  /**
   * @param cpuNanos process CPU time in nanoseconds, negative when unknown
   * @param heap the heap as a whole
   * @param peak bytes: the most heap in use at one moment
   * @param live bytes: the most heap in use after a collection
   */
  static JvmFigures of(long cpuNanos, MemoryUsage heap, long peak, long live) {
    return new JvmFigures(
        cpuNanos < 0 ? -1 : cpuNanos / 1e9,
        heap.getUsed() / MB,
        peak / MB,
        live / MB,
        heap.getMax() < 0 ? -1 : heap.getMax() / MB);
  }

  /** As JSON-B writes it (it sees bean properties, not record components). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("processCpuSeconds", Math.round(processCpuSeconds * 1000) / 1000.0);
    m.put("heapUsedMb", heapUsedMb);
    m.put("heapPeakMb", heapPeakMb);
    m.put("heapLiveMaxMb", heapLiveMaxMb);
    m.put("heapMaxMb", heapMaxMb);
    return m;
  }
}
