package org.cync.diagnostics;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/** Reads the platform MXBeans; the only class here that touches the running JVM. */
@ApplicationScoped
public class Diagnostics {

  public JvmFigures now() {
    List<MemoryUsage> peaks = heapPools().stream().map(MemoryPoolMXBean::getPeakUsage).toList();
    return JvmFigures.of(
        processCpuNanos(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage(), peaks);
  }

  /** Starts the heap pools' peaks afresh (at their current usage). */
  public void resetPeak() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
