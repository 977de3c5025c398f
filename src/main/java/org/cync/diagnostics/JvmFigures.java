package org.cync.diagnostics;

import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process's CPU and heap figures at one moment. The peak is the sum of the heap pools' peaks
 * (each pool peaks on its own, so this is an upper bound of the heap ever in use at once): the JVM
 * keeps no peak of the whole heap, only per pool.
 *
 * @param processCpuSeconds CPU time of the whole process (all threads), -1 when the JVM cannot say
 */
public record JvmFigures(
    double processCpuSeconds, long heapUsedMb, long heapPeakMb, long heapMaxMb) {
  private static final long MB = 1024 * 1024;

  /**
   * @param cpuNanos process CPU time in nanoseconds, negative when unknown
   * @param heap the heap as a whole
   * @param poolPeaks the peak usage of each heap pool
   */
  static JvmFigures of(long cpuNanos, MemoryUsage heap, List<MemoryUsage> poolPeaks) {
    long peak = poolPeaks.stream().mapToLong(MemoryUsage::getUsed).sum();
    return new JvmFigures(
        cpuNanos < 0 ? -1 : cpuNanos / 1e9,
        heap.getUsed() / MB,
        peak / MB,
        heap.getMax() < 0 ? -1 : heap.getMax() / MB);
  }

  /** As JSON-B writes it (it sees bean properties, not record components). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("processCpuSeconds", Math.round(processCpuSeconds * 1000) / 1000.0);
    m.put("heapUsedMb", heapUsedMb);
    m.put("heapPeakMb", heapPeakMb);
    m.put("heapMaxMb", heapMaxMb);
    return m;
  }
}
