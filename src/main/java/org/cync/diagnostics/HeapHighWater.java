package org.cync.diagnostics;

/**
 * The most heap in use at one moment, and the most still in use after a collection (what the data
 * really needed), since the last reset. The JVM keeps peaks only per pool, and pools peak at
 * different moments, so their sum overstates; the heap is largest just before a collection, which
 * is when the JVM reports it whole. Thread-safe; pure (fed by {@link Diagnostics}).
 */
final class HeapHighWater {
  private long peak;
  private long live;

  /**
   * A collection ran: the heap held {@code before} bytes when it started, {@code after} at its end.
   */
  synchronized void collected(long before, long after) {
    peak = Math.max(peak, before);
    live = Math.max(live, after);
  }

  /** The heap in use now, which may be above any collection's start. */
  synchronized long peak(long usedNow) {
    return Math.max(peak, usedNow);
  }

  synchronized long live() {
    return live;
  }

  synchronized void reset(long usedNow) {
    peak = usedNow;
    live = 0;
  }
}
