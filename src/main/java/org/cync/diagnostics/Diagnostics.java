package org.cync.diagnostics;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Reads the platform MXBeans, and listens to every garbage collection for the heap's high-water
 * marks; the only class here that touches the running JVM.
 */
@ApplicationScoped
public class Diagnostics {
  private final HeapHighWater water = new HeapHighWater();

  @PostConstruct
  void listen() {
    Set<String> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (n, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  n.getType())) {
                GcInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                        .getGcInfo();
                water.collected(
                    sum(info.getMemoryUsageBeforeGc(), heap),
                    sum(info.getMemoryUsageAfterGc(), heap));
              }
            },
            null,
            null);
      }
    }
    water.reset(heapNow().getUsed());
  }

  private static long sum(Map<String, MemoryUsage> pools, Set<String> heap) {
    return pools.entrySet().stream()
        .filter(e -> heap.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  public JvmFigures now() {
    MemoryUsage heap = heapNow();
    return JvmFigures.of(processCpuNanos(), heap, water.peak(heap.getUsed()), water.live());
  }

  /** Starts the high-water marks afresh (at the heap in use now). */
  public void resetPeak() {
    water.reset(heapNow().getUsed());
  }

  private static MemoryUsage heapNow() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
